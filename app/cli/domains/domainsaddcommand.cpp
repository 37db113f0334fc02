#include "app/cli/domains/domainsaddcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/domains/historyjson.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/session/session.h"

#include <QJsonArray>

namespace Sceau::Cli {

namespace {
const QString ClientOption = QStringLiteral("client");
const QString TagOption = QStringLiteral("tag");
} // namespace

QString DomainsAddCommand::description() const
{
    return Tr::tr("Add domains to the workspace's list (a pasted URL gives its host).");
}

QList<QCommandLineOption> DomainsAddCommand::options() const
{
    return {{ClientOption, Tr::tr("The client these domains are for."), QStringLiteral("C")},
            {TagOption, Tr::tr("A tag for these domains (repeatable)."), QStringLiteral("T")}};
}

void DomainsAddCommand::run(CliContext &context,
                            const QCommandLineParser &parser,
                            const QStringList &positional)
{
    if (positional.isEmpty()) {
        context.fail(ExitCode::BadUsage, Tr::tr("domains add: give at least one domain"));
        return;
    }
    for (const QString &input : positional) { // all checked before any is added
        if (const auto domain = Input::domain(input); !domain) {
            context.failUsage(domain.error());
            return;
        }
    }
    const auto workspace = context.session().workspace();
    if (!workspace) {
        context.fail(workspace.error());
        return;
    }
    Storage::DomainList list(*workspace);
    QJsonArray added;
    for (const QString &input : positional) {
        const auto entry = list.add(input, parser.value(ClientOption), parser.values(TagOption));
        if (!entry) {
            context.fail(entry.error());
            return;
        }
        added.append(domainJson(*entry, std::nullopt));
        if (!context.json())
            //: %1 a domain name
            context.out() << Tr::tr("Listed %1").arg(entry->name) << '\n';
    }
    if (context.json())
        context.printJson({{QStringLiteral("added"), added}});
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
