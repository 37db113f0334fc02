#include "app/cli/publish/publishjournalcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/publish/publishoutput.h"
#include "app/cli/tr.h"
#include "model/publish/publishservice.h"
#include "model/session/session.h"

#include <QJsonArray>

namespace Sceau::Cli {

QString PublishJournalCommand::description() const
{
    return Tr::tr("List the changes published from this workspace, newest first.");
}

QList<QCommandLineOption> PublishJournalCommand::options() const
{
    return {
        {QStringLiteral("zone"), Tr::tr("Only the changes to this zone."), QStringLiteral("zone")},
        {QStringLiteral("limit"), Tr::tr("At most this many (default 100)."), QStringLiteral("n")},
    };
}

void PublishJournalCommand::run(CliContext &context,
                                const QCommandLineParser &parser,
                                const QStringList &positional)
{
    bool ok = true;
    const int limit = parser.isSet(QStringLiteral("limit"))
                          ? parser.value(QStringLiteral("limit")).toInt(&ok)
                          : 100;
    QString zone;
    if (parser.isSet(QStringLiteral("zone"))) {
        const auto typed
            = Input::domain(parser.value(QStringLiteral("zone")), QStringLiteral("--zone"));
        if (!typed) {
            context.failUsage(typed.error());
            return;
        }
        zone = *typed;
    }
    if (!positional.isEmpty() || !ok || limit < 1) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("publish journal: expected [--zone Z] [--limit N ≥ 1]"));
        return;
    }
    const auto service = context.session().publishing();
    const auto entries = service ? (*service)->journal().list(limit, zone)
                                 : Result<QList<Publish::JournalEntry>>(service.error());
    if (!entries) {
        context.fail(entries.error());
        return;
    }
    if (context.json()) {
        QJsonArray array;
        for (const Publish::JournalEntry &entry : *entries)
            array << PublishOutput::entryJson(entry);
        context.printJson({{QStringLiteral("entries"), array}});
    } else {
        if (entries->isEmpty())
            context.out() << Tr::tr("The journal is empty.") << '\n';
        for (const Publish::JournalEntry &entry : *entries)
            PublishOutput::printEntry(context.out(), entry);
    }
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
