#include "app/cli/secrets/credentialslistcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/secrets/credentialjson.h"
#include "app/cli/tr.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"

#include <QJsonArray>

namespace Sceau::Cli {

QString CredentialsListCommand::description() const
{
    return Tr::tr("List the credentials of the workspace (never their secrets).");
}

void CredentialsListCommand::run(CliContext &context,
                                 const QCommandLineParser &,
                                 const QStringList &positional)
{
    if (!positional.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("credentials list: unexpected argument “%1”").arg(positional.first()));
        return;
    }
    const auto vault = context.session().credentials();
    const auto credentials
        = vault ? (*vault)->list() : Result<QList<Secrets::Credential>>(vault.error());
    if (!credentials) {
        context.fail(credentials.error());
        return;
    }
    if (context.json()) {
        QJsonArray array;
        for (const Secrets::Credential &credential : *credentials)
            array << credentialJson(credential);
        context.printJson({{QStringLiteral("credentials"), array}});
    } else {
        if (credentials->isEmpty())
            context.out() << Tr::tr("The workspace has no credential.") << '\n';
        for (const Secrets::Credential &c : *credentials)
            //: %1 name, %2 kind (smtp), %3 user name, %4 host, %5 port, %6 security token
            context.out() << Tr::tr("%1 (%2): %3 on %4:%5, %6")
                                 .arg(c.name,
                                      Secrets::CredentialKinds.token(c.kind),
                                      c.username,
                                      c.host)
                                 .arg(c.port)
                                 .arg(Transport::SubmissionSecurities.token(c.security))
                          << '\n';
    }
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
