#pragma once

#include "model/dkim/publicationcheck.h"
#include "model/dkim/rotation.h"
#include "model/dkim/storedkey.h"

#include <QJsonObject>

#include <optional>

namespace Sceau {
namespace Dkim {

// JSON forms of DKIM values (docs/cli.md, "dkim"): snake_case fields, protocol and state tokens
// untranslated, dates ISO 8601 UTC or null.

// A workspace key: id, domain, selector, algorithm, bits, state, created, published,
// activated, retiring, revoked, destroyed, rotation_due.
QJsonObject toJson(const StoredKey &key);
// A key's next step: id, domain, selector, action, due, overdue.
QJsonObject toJson(const DueAction &action);
// `dkim keys`: keys[], due[].
QJsonObject keysJson(const QList<StoredKey> &keys, const QList<DueAction> &due);

// What every authoritative nameserver serves: name, zone (null when not found), target
// (published or revoked), serving, servers[] (host, server, status, serves).
QJsonObject toJson(const PublicationReport &report);
// `dkim state`: id, domain, selector, state (after the step, or unchanged when it did not
// move), and publication (the DNS-checked steps).
QJsonObject stepJson(const StoredKey &key, const std::optional<PublicationReport> &publication);

} // namespace Dkim
} // namespace Sceau
