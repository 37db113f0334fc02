#pragma once

#include "model/core/result.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Sceau {
namespace Storage {
class Workspace;
}

namespace Export {

// One saved check as exports show it (issue 12 §4): the domain as listed (client, tags), when
// and how it was checked, and its report as `check` writes it (Audit::toJson, docs/cli.md).
struct ExportedCheck
{
    Storage::DomainEntry domain;
    Storage::CheckEntry check;
    QJsonObject report;
};

struct ExportSelection
{
    QList<ExportedCheck> checks; // in the order asked (by name for the whole list)
    QStringList unchecked;       // listed domains asked for that have no saved check
};

// The latest saved check of each of domains (user input, normalized), or of every listed
// domain when domains is empty. NotFound when a domain is not listed; FileUnreadable when a
// stored report cannot be read back (Storage::CheckHistory::load).
Result<ExportSelection> latestChecks(Storage::Workspace *workspace, const QStringList &domains);

} // namespace Export
} // namespace Sceau
