#include "app/cli/publish/publishrollbackcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/publish/publishoutput.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/publish/publishservice.h"
#include "model/session/session.h"

namespace Sceau::Cli {

QString PublishRollbackCommand::description() const
{
    return Tr::tr("Undo a published change, only if what it wrote is still there.");
}

void PublishRollbackCommand::run(CliContext &context,
                                 const QCommandLineParser &,
                                 const QStringList &positional)
{
    bool ok = false;
    const qint64 id = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    if (!ok || id < 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("publish rollback: expected a journal number"));
        return;
    }
    const auto service = context.session().publishing();
    if (!service) {
        context.fail(service.error());
        return;
    }
    onResult(
        (*service)->rollback(id), &context, [&context](const Result<Publish::Applied> &applied) {
            if (!applied) {
                context.fail(applied.error());
                return;
            }
            if (context.json())
                context.printJson(PublishOutput::appliedJson(*applied));
            else
                PublishOutput::printApplied(context.out(), *applied);
            context.finish(PublishOutput::exitCode(applied->result.outcome));
        });
}

} // namespace Sceau::Cli
