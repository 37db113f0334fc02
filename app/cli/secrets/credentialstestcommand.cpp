#include "app/cli/secrets/credentialstestcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/publish/publishservice.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"
#include "model/transport/submissiontest.h"

#include <QJsonObject>

namespace Sceau::Cli {

namespace {
// Prints what the test found and finishes: accepted (0), refused (1), could not test (3).
void report(CliContext &context,
            const Secrets::Credential &credential,
            ExitCode code,
            const QString &outcome,
            const QString &detail)
{
    if (context.json()) {
        context.printJson(
            {{QStringLiteral("name"), credential.name},
             {QStringLiteral("kind"), Secrets::CredentialKinds.token(credential.kind)},
             {QStringLiteral("accepted"), code == ExitCode::Done},
             {QStringLiteral("outcome"), outcome},
             {QStringLiteral("detail"), detail}});
    } else {
        context.out()
            << (code == ExitCode::Done
                    //: %1 a credential's name
                    ? Tr::tr("%1 is accepted.").arg(credential.name)
                    : code == ExitCode::CheckFailed
                          //: %1 a credential's name, %2 the server's or API's word
                          ? Tr::tr("%1 is refused (%2).").arg(credential.name, outcome)
                          //: %1 a credential's name, %2 why
                          : Tr::tr("%1 could not be tested (%2).").arg(credential.name, outcome))
            << '\n';
        if (!detail.isEmpty())
            context.out() << detail << '\n';
    }
    context.finish(code);
}

void testSmtp(CliContext &context, Secrets::CredentialVault *vault, const Secrets::Credential &c)
{
    Transport::SubmissionRequest request;
    request.security = c.security;
    request.host = c.host;
    request.port = c.port;
    request.username = c.username;
    onResult(vault->secret(c), &context, [&context, request, c](Result<QByteArray> password) {
        if (!password) {
            context.fail(password.error());
            return;
        }
        auto *test = new Transport::SubmissionTest(
            request, std::move(*password), context.session().transportSettings(), &context);
        QObject::connect(test,
                         &Transport::SubmissionTest::finished,
                         &context,
                         [&context, test, c](const Transport::SubmissionResult &result) {
                             test->deleteLater();
                             using O = Transport::SubmissionOutcome;
                             const ExitCode code = result.outcome == O::Authenticated ? Done
                                                   : result.outcome == O::AuthFailed
                                                       ? CheckFailed
                                                       : CouldNotComplete;
                             report(context,
                                    c,
                                    code,
                                    Transport::SubmissionOutcomes.token(result.outcome),
                                    result.detail);
                         });
        test->start(context.resolver());
    });
}
} // namespace

QString CredentialsTestCommand::description() const
{
    return Tr::tr("Test whether a credential is accepted, changing nothing.");
}

void CredentialsTestCommand::run(CliContext &context,
                                 const QCommandLineParser &,
                                 const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("credentials test: expected NAME"));
        return;
    }
    const auto vault = context.session().credentials();
    const auto found = vault ? (*vault)->find(positional.first())
                             : Result<std::optional<Secrets::Credential>>(vault.error());
    if (!found || !*found) {
        context.fail(found ? Error{ErrorCode::NotFound,
                                   Tr::tr("no credential named %1").arg(positional.first())}
                           : found.error());
        return;
    }
    const Secrets::Credential credential = **found;
    if (credential.kind == Secrets::CredentialKind::Smtp)
        return testSmtp(context, *vault, credential);
    const auto service = context.session().publishing();
    if (!service) {
        context.fail(service.error());
        return;
    }
    onResult((*service)->verify(credential.name),
             &context,
             [&context, credential](const Result<Publish::PublishResult> &verified) {
                 if (!verified) {
                     context.fail(verified.error());
                     return;
                 }
                 using O = Publish::PublishOutcome;
                 const ExitCode code = verified->outcome == O::Done     ? Done
                                       : verified->outcome == O::Failed ? CheckFailed
                                                                        : CouldNotComplete;
                 report(context,
                        credential,
                        code,
                        code == Done ? QStringLiteral("accepted")
                        : verified->code.isEmpty()
                            ? Publish::PublishOutcomes.token(verified->outcome)
                            : verified->code,
                        verified->detail);
             });
}

} // namespace Sceau::Cli
