#include "app/cli/domains/domainslistcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/domains/historyjson.h"
#include "app/cli/tr.h"
#include "model/session/session.h"

#include <QJsonArray>

namespace Sceau::Cli {

QString DomainsListCommand::description() const
{
    return Tr::tr("The workspace's domains, with their client, tags and last saved check.");
}

QList<QCommandLineOption> DomainsListCommand::options() const
{
    return {};
}

void DomainsListCommand::run(CliContext &context,
                             const QCommandLineParser &,
                             const QStringList &positional)
{
    if (!positional.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("domains list: unexpected argument “%1”").arg(positional.first()));
        return;
    }
    const auto workspace = context.session().workspace();
    if (!workspace) {
        context.fail(workspace.error());
        return;
    }
    const auto entries = Storage::DomainList(*workspace).list();
    const auto latest = Storage::CheckHistory(*workspace).latest();
    if (!entries || !latest) {
        context.fail(entries ? latest.error() : entries.error());
        return;
    }
    QJsonArray domains;
    for (const Storage::DomainEntry &entry : *entries) {
        std::optional<Storage::CheckEntry> last;
        for (const Storage::CheckEntry &check : *latest) {
            if (check.domain == entry.name)
                last = check;
        }
        domains.append(domainJson(entry, last));
        if (context.json())
            continue;
        const QString tags = entry.tags.join(QStringLiteral(", "));
        if (last)
            //: %1 domain, %2 client, %3 tags, %4 state token (good, failing…), %5 date of the
            //: last saved check
            context.out() << Tr::tr("%1  [%2] {%3}  %4 at %5")
                                 .arg(entry.name,
                                      entry.client,
                                      tags,
                                      last->state,
                                      last->at.toString(Qt::ISODate))
                          << '\n';
        else
            //: %1 domain, %2 client, %3 tags
            context.out()
                << Tr::tr("%1  [%2] {%3}  never checked").arg(entry.name, entry.client, tags)
                << '\n';
    }
    if (context.json())
        context.printJson({{QStringLiteral("domains"), domains}});
    else if (entries->isEmpty())
        context.out() << Tr::tr("The domains list is empty.") << '\n';
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
