#include "app/cli/domains/domainsremovecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/session/session.h"
#include "model/storage/domainlist.h"

namespace Sceau::Cli {

QString DomainsRemoveCommand::description() const
{
    return Tr::tr("Take a domain off the workspace's list, with its saved checks.");
}

QList<QCommandLineOption> DomainsRemoveCommand::options() const
{
    return {};
}

void DomainsRemoveCommand::run(CliContext &context,
                               const QCommandLineParser &,
                               const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("domains remove: give one domain"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    const auto workspace = context.session().workspace();
    if (!workspace) {
        context.fail(workspace.error());
        return;
    }
    if (const auto removed = Storage::DomainList(*workspace).remove(*domain); !removed) {
        context.fail(removed.error());
        return;
    }
    if (context.json())
        context.printJson({{QStringLiteral("removed"), *domain}});
    else
        //: %1 a domain name
        context.out() << Tr::tr("Removed %1 and its saved checks").arg(*domain) << '\n';
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
