#pragma once

#include "model/dkim/keygenerator.h"
#include "model/dkim/storedkey.h"

#include <QString>

#include <optional>

namespace Sceau {
namespace Widgets {

// What the DKIM wizard's pages fill in, read through a typed accessor (no stringly fields;
// a private key never goes into a QWizard field).
struct DkimDraft
{
    QString domain;   // normalized
    QString selector; // normalized
    Dkim::KeySpec spec = Dkim::KeySpec::defaultSpec();
    bool testing = false;
    std::optional<Dkim::KeyPair> key;
    std::optional<Dkim::StoredKey> stored;

    QString recordText() const; // the TXT value to publish (needs key)
    QString zoneLine() const;   // the master-file line (needs key)
};

} // namespace Widgets
} // namespace Sceau
