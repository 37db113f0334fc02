#include "app/cli/secrets/credentialsrotatecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/secrets/credentialjson.h"
#include "app/cli/secrets/publishingcredential.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"

namespace Sceau::Cli {

QString CredentialsRotateCommand::description() const
{
    return Tr::tr("Replace a credential's secret (read from standard input) in the keychain.");
}

void CredentialsRotateCommand::run(CliContext &context,
                                   const QCommandLineParser &,
                                   const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("credentials rotate: expected NAME"));
        return;
    }
    const auto vault = context.session().credentials();
    if (!vault) {
        context.fail(vault.error());
        return;
    }
    const auto found = (*vault)->find(positional.first());
    if (!found || !*found) {
        context.fail(found ? Error{ErrorCode::NotFound,
                                   Tr::tr("no credential named %1").arg(positional.first())}
                           : found.error());
        return;
    }
    auto secret = readCredentialSecret((*found)->kind, (*found)->name);
    if (!secret) {
        context.failUsage(secret.error());
        return;
    }
    onResult((*vault)->rotate((*found)->name, std::move(*secret)),
             &context,
             [&context](const Result<Secrets::Credential> &rotated) {
                 if (!rotated) {
                     context.fail(rotated.error());
                     return;
                 }
                 if (context.json())
                     context.printJson(credentialJson(*rotated));
                 else
                     //: %1 a credential's name
                     context.out() << Tr::tr("The secret of %1 was replaced in the keychain.")
                                          .arg(rotated->name)
                                   << '\n';
                 context.finish(ExitCode::Done);
             });
}

} // namespace Sceau::Cli
