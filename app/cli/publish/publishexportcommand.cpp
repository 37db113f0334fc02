#include "app/cli/publish/publishexportcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/publish/publishinput.h"
#include "app/cli/tr.h"
#include "model/publish/zonesnippet.h"

namespace Sceau::Cli {

QString PublishExportCommand::description() const
{
    return Tr::tr("Print an RRset as zone-file lines, for DNS without an API.");
}

QList<QCommandLineOption> PublishExportCommand::options() const
{
    return PublishInput::rrsetOptions()
           + QList<QCommandLineOption>{{QStringLiteral("ttl"),
                                        Tr::tr("The TTL in seconds (default 3600)."),
                                        QStringLiteral("seconds")}};
}

void PublishExportCommand::run(CliContext &context,
                               const QCommandLineParser &parser,
                               const QStringList &positional)
{
    const auto ref = PublishInput::rrset(parser);
    const auto values = ref ? PublishInput::values(parser, QStringLiteral("value"), *ref)
                            : Result<QStringList>(ref.error());
    const auto ttl = PublishInput::ttl(parser);
    if (!positional.isEmpty() || !values || values->isEmpty() || !ttl) {
        context.fail(ExitCode::BadUsage,
                     !values ? Tr::tr("publish export: %1").arg(values.error().detail)
                     : !ttl  ? Tr::tr("publish export: %1").arg(ttl.error().detail)
                             : Tr::tr("publish export: expected --zone Z --name N --value V…"));
        return;
    }
    const QString snippet = Publish::zoneSnippet(*ref, *values, *ttl);
    if (context.json())
        context.printJson(
            {{QStringLiteral("zone"), ref->zone}, {QStringLiteral("snippet"), snippet}});
    else
        context.out() << snippet;
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
