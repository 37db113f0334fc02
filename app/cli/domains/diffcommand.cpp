#include "app/cli/domains/diffcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/domains/historyjson.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/audit/reportfacts.h"
#include "model/export/checkstable.h"
#include "model/session/session.h"

#include <QJsonArray>

#include <algorithm>

namespace Sceau::Cli {

namespace {
const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");

// The check an option names (its number, from history), or the default one.
Result<qint64> checkId(const QCommandLineParser &parser,
                       const QString &option,
                       const QList<Storage::CheckEntry> &checks,
                       qsizetype fallback)
{
    if (!parser.isSet(option)) {
        if (fallback >= checks.size())
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("diff: the domain has fewer than two saved checks (check --save "
                                "saves them)")};
        return checks.at(fallback).id;
    }
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    const bool known
        = std::any_of(checks.cbegin(), checks.cend(), [id](const auto &c) { return c.id == id; });
    if (!ok || !known)
        //: %1 an option (--from, --to), %2 its value
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("diff: %1 %2 is not a saved check of this domain (see history)")
                         .arg(QStringLiteral("--") + option, parser.value(option))};
    return id;
}
} // namespace

QString DiffCommand::description() const
{
    return Tr::tr("What changed between two saved checks of a domain (by default the last two).");
}

QList<QCommandLineOption> DiffCommand::options() const
{
    return {
        {FromOption, Tr::tr("The earlier check (a number from history)."), QStringLiteral("ID")},
        {ToOption, Tr::tr("The later check (a number from history)."), QStringLiteral("ID")}};
}

void DiffCommand::run(CliContext &context,
                      const QCommandLineParser &parser,
                      const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("diff: give one domain"));
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
    const Storage::CheckHistory history(*workspace);
    const auto checks = history.list(*domain); // newest first
    if (!checks) {
        context.fail(checks.error());
        return;
    }
    const auto to = checkId(parser, ToOption, *checks, 0);
    const auto from = checkId(parser, FromOption, *checks, 1);
    if (!to || !from) {
        context.failUsage(to ? from.error() : to.error());
        return;
    }
    const auto before = history.load(*from);
    const auto after = history.load(*to);
    if (!before || !after) {
        context.fail(before ? after.error() : before.error());
        return;
    }
    const auto beforeFacts = Audit::factsFromJson(before->report);
    const auto afterFacts = Audit::factsFromJson(after->report);
    if (!beforeFacts || !afterFacts) {
        context.fail(beforeFacts ? afterFacts.error() : beforeFacts.error());
        return;
    }
    const QList<Audit::Change> changes = Audit::diffChecks(*beforeFacts, *afterFacts);
    if (context.json()) {
        QJsonArray list;
        for (const Audit::Change &change : changes)
            list.append(changeJson(change));
        context.printJson({{QStringLiteral("domain"), *domain},
                           {QStringLiteral("from"), Export::checkJson(before->entry)},
                           {QStringLiteral("to"), Export::checkJson(after->entry)},
                           {QStringLiteral("changes"), list}});
    } else {
        //: %1 domain, %2 and %3 check numbers, %4 and %5 their dates
        context.out() << Tr::tr("%1: from #%2 (%4) to #%3 (%5)")
                             .arg(*domain,
                                  QString::number(*from),
                                  QString::number(*to),
                                  before->entry.at.toString(Qt::ISODate),
                                  after->entry.at.toString(Qt::ISODate))
                      << '\n';
        if (changes.isEmpty())
            context.out() << Tr::tr("  No change.") << '\n';
        for (const Audit::Change &change : changes)
            //: %1 kind token (regression, improvement, neutral), %2 the change in words
            context.out() << Tr::tr("  [%1] %2")
                                 .arg(Audit::ChangeKinds.token(change.kind),
                                      Audit::changeText(change))
                          << '\n';
    }
    // A regression makes the command fail (exit 1), so a script can watch for one.
    const bool regression = std::any_of(changes.cbegin(), changes.cend(), [](const auto &c) {
        return c.kind == Audit::ChangeKind::Regression;
    });
    context.finish(regression ? ExitCode::CheckFailed : ExitCode::Done);
}

} // namespace Sceau::Cli
