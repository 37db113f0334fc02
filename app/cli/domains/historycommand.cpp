#include "app/cli/domains/historycommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/domains/historyjson.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/export/checkstable.h"
#include "model/session/session.h"

#include <QJsonArray>

namespace Sceau::Cli {

QString HistoryCommand::description() const
{
    return Tr::tr("The saved checks of a domain, newest first (check --save saves them).");
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {};
}

void HistoryCommand::run(CliContext &context,
                         const QCommandLineParser &,
                         const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("history: give one domain"));
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
    const auto checks = Storage::CheckHistory(*workspace).list(*domain);
    if (!checks) {
        context.fail(checks.error());
        return;
    }
    if (context.json()) {
        QJsonArray list;
        for (const Storage::CheckEntry &check : *checks)
            list.append(Export::checkJson(check));
        context.printJson({{QStringLiteral("domain"), *domain}, {QStringLiteral("checks"), list}});
    } else {
        if (checks->isEmpty())
            context.out() << Tr::tr("%1 has no saved check.").arg(*domain) << '\n';
        for (const Storage::CheckEntry &check : *checks) {
            const QString score = check.score ? QString::number(*check.score) : QStringLiteral("-");
            //: %1 check number, %2 date, %3 score out of 100, %4 state token (good, failing…),
            //: %5 the resolver asked
            context.out() << Tr::tr("#%1 %2  %3/100  %4  (%5)")
                                 .arg(QString::number(check.id),
                                      check.at.toString(Qt::ISODate),
                                      score,
                                      check.state,
                                      check.resolver)
                          << '\n';
        }
    }
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
