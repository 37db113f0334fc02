#include "model/export/exportedcheck.h"

#include <QHash>

namespace Sceau::Export {

Result<ExportSelection> latestChecks(Storage::Workspace *workspace, const QStringList &domains)
{
    Storage::DomainList list(workspace);
    Storage::CheckHistory history(workspace);
    QList<Storage::DomainEntry> entries;
    if (domains.isEmpty()) {
        const auto all = list.list();
        if (!all)
            return all.error();
        entries = *all;
    } else {
        for (const QString &domain : domains) {
            const auto entry = list.find(domain);
            if (!entry)
                return entry.error();
            entries << *entry;
        }
    }
    const auto latest = history.latest();
    if (!latest)
        return latest.error();
    QHash<QString, qint64> latestId;
    for (const Storage::CheckEntry &entry : *latest)
        latestId.insert(entry.domain, entry.id);

    ExportSelection selection;
    for (const Storage::DomainEntry &entry : std::as_const(entries)) {
        const auto id = latestId.constFind(entry.name);
        if (id == latestId.constEnd()) {
            selection.unchecked << entry.name;
            continue;
        }
        const auto stored = history.load(*id);
        if (!stored)
            return stored.error();
        selection.checks << ExportedCheck{entry, stored->entry, stored->report};
    }
    return selection;
}

} // namespace Sceau::Export
