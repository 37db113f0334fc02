#pragma once

#include "model/audit/checkdiff.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"

#include <QJsonObject>

#include <optional>

namespace Sceau {
namespace Cli {

// The JSON of the domains and history commands (docs/cli.md). Tokens are never translated.
// domain, client, tags, last_check (Export::checkJson without resolver, or null)
QJsonObject domainJson(const Storage::DomainEntry &entry,
                       const std::optional<Storage::CheckEntry> &last);
QJsonObject changeJson(const Audit::Change &change); // area, id, args, kind, text

} // namespace Cli
} // namespace Sceau
