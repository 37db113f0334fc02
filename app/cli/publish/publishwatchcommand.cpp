#include "app/cli/publish/publishwatchcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/publish/publishinput.h"
#include "app/cli/publish/publishoutput.h"
#include "app/cli/tr.h"
#include "model/publish/propagationwatch.h"
#include "model/session/session.h"

namespace Sceau::Cli {

namespace {
const QString WaitOption = QStringLiteral("wait"); // --timeout is the global DNS timeout
const QString IntervalOption = QStringLiteral("interval");
} // namespace

QString PublishWatchCommand::description() const
{
    return Tr::tr("Watch an RRset reach every authoritative server of its zone.");
}

QList<QCommandLineOption> PublishWatchCommand::options() const
{
    return PublishInput::rrsetOptions()
           + QList<QCommandLineOption>{
               {WaitOption,
                Tr::tr("Stop after this many seconds (default 300)."),
                QStringLiteral("seconds")},
               {IntervalOption,
                Tr::tr("Ask again every this many milliseconds (default 2000)."),
                QStringLiteral("ms")},
           };
}

void PublishWatchCommand::run(CliContext &context,
                              const QCommandLineParser &parser,
                              const QStringList &positional)
{
    const auto ref = PublishInput::rrset(parser, false);
    const auto values = ref ? PublishInput::values(parser, QStringLiteral("value"), *ref)
                            : Result<QStringList>(ref.error());
    bool timeoutOk = true, intervalOk = true;
    const int timeout = parser.isSet(WaitOption) ? parser.value(WaitOption).toInt(&timeoutOk) : 300;
    const int interval
        = parser.isSet(IntervalOption) ? parser.value(IntervalOption).toInt(&intervalOk) : 2000;
    if (!positional.isEmpty() || !values || values->isEmpty() || !timeoutOk || !intervalOk
        || timeout < 0 || timeout > 86400 || interval < 10) {
        context.fail(ExitCode::BadUsage,
                     !values ? Tr::tr("publish watch: %1").arg(values.error().detail)
                             : Tr::tr("publish watch: expected --name N --value V… [--wait "
                                      "0–86400] [--interval 10 ms or more]"));
        return;
    }
    auto *watch = new Publish::PropagationWatch(context.session().authoritativeCheck(), &context);
    if (!context.json()) {
        QObject::connect(watch,
                         &Publish::PropagationWatch::progressed,
                         &context,
                         [&context](const Publish::PropagationStatus &status) {
                             //: %1 round number, %2 and %3 numbers of servers
                             context.err() << Tr::tr("round %1: %2 of %3 servers serve it")
                                                  .arg(status.round)
                                                  .arg(status.serving())
                                                  .arg(status.servers.size())
                                           << '\n';
                             context.err().flush();
                         });
    }
    QObject::connect(watch,
                     &Publish::PropagationWatch::finished,
                     &context,
                     [&context](const Publish::PropagationStatus &status, bool complete) {
                         if (context.json())
                             context.printJson(PublishOutput::propagationJson(status));
                         else
                             PublishOutput::printPropagation(context.out(), status);
                         context.finish(complete                   ? ExitCode::Done
                                        : status.servers.isEmpty() ? ExitCode::CouldNotComplete
                                                                   : ExitCode::CheckFailed);
                     });
    watch->start(ref->owner, ref->type, *values, timeout * 1000, interval);
}

} // namespace Sceau::Cli
