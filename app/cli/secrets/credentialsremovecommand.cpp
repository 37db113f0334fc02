#include "app/cli/secrets/credentialsremovecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"

namespace Sceau::Cli {

QString CredentialsRemoveCommand::description() const
{
    return Tr::tr("Remove a credential: its secret from the keychain, then its settings.");
}

void CredentialsRemoveCommand::run(CliContext &context,
                                   const QCommandLineParser &,
                                   const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("credentials remove: expected NAME"));
        return;
    }
    const auto vault = context.session().credentials();
    if (!vault) {
        context.fail(vault.error());
        return;
    }
    const QString name = positional.first();
    onResult((*vault)->remove(name), &context, [&context, name](const Result<void> &removed) {
        if (!removed) {
            context.fail(removed.error());
            return;
        }
        if (context.json())
            context.printJson({{QStringLiteral("removed"), name}});
        else
            //: %1 a credential's name
            context.out() << Tr::tr("Removed %1.").arg(name) << '\n';
        context.finish(ExitCode::Done);
    });
}

} // namespace Sceau::Cli
