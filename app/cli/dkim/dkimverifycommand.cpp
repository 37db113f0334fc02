#include "app/cli/dkim/dkimverifycommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/message.h"
#include "model/dkim/verifier.h"

#include <QJsonObject>

namespace Sceau::Cli {

QString DkimVerifyCommand::description() const
{
    return Tr::tr("Verify every DKIM signature of a message.");
}

void DkimVerifyCommand::run(CliContext &context,
                            const QCommandLineParser &,
                            const QStringList &positional)
{
    if (positional.size() > 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("dkim verify: expected at most one FILE"));
        return;
    }
    const auto message = Input::file(positional.value(0), Dkim::MaxMessageSize);
    if (!message) {
        context.fail(ExitCode::BadUsage, describe(message.error()));
        return;
    }
    auto *verifier = new Dkim::Verifier(context.resolver(), &context);
    onResult(verifier->verify(*message), &context, [&context](const Dkim::VerifyReport &report) {
        const QList<Dkim::SignatureResult> &results = report.signatures;
        // 0: every evaluated signature passes; 3: a key could not be fetched; 1: otherwise (or
        // unsigned). Skipped signatures (over Dkim::MaxSignatures) were not evaluated.
        int code = results.isEmpty() ? ExitCode::CheckFailed : ExitCode::Done;
        for (const Dkim::SignatureResult &r : results) {
            if (r.status == Dkim::VerifyStatus::TempError)
                code = ExitCode::CouldNotComplete;
            else if (r.status != Dkim::VerifyStatus::Pass && code == ExitCode::Done)
                code = ExitCode::CheckFailed;
        }
        if (context.json()) {
            context.printJson(Dkim::toJson(report));
        } else if (results.isEmpty()) {
            context.out() << Tr::tr("The message has no DKIM signature.") << '\n';
        } else {
            for (const Dkim::SignatureResult &r : results) {
                //: %1 result token (pass, fail…), %2 domain, %3 selector, %4 algorithm
                context.out() << Tr::tr("%1: d=%2 s=%3 a=%4")
                                     .arg(Dkim::verifyStatusToken(r.status),
                                          r.domain,
                                          r.selector,
                                          r.algorithm);
                if (!r.reason.isEmpty())
                    context.out() << " (" << r.reason
                                  << (r.detail.isEmpty() ? QString()
                                                         : QStringLiteral(", ") + r.detail)
                                  << ')';
                context.out() << '\n';
            }
            if (report.skipped > 0)
                //: %n signatures not evaluated, %1 the limit of evaluated signatures
                context.out() << Tr::tr("%n more signature(s) not evaluated: at most %1 are "
                                        "checked per message (RFC 6376 §6.1).",
                                        nullptr,
                                        int(report.skipped))
                                     .arg(Dkim::MaxSignatures)
                              << '\n';
        }
        context.finish(code);
    });
}

} // namespace Sceau::Cli
