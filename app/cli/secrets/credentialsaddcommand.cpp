#include "app/cli/secrets/credentialsaddcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/secrets/credentialjson.h"
#include "app/cli/secrets/publishingcredential.h"
#include "app/cli/secrets/secretinput.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/secrets/credentialrules.h"
#include "model/secrets/credentialvault.h"
#include "model/secrets/wipe.h"
#include "model/session/session.h"

namespace Sceau::Cli {

namespace {
const QString HostOption = QStringLiteral("host");
const QString UsernameOption = QStringLiteral("username");
const QString PortOption = QStringLiteral("port");
const QString ImplicitTlsOption = QStringLiteral("implicit-tls");

} // namespace

QString CredentialsAddCommand::description() const
{
    return Tr::tr("Add a credential (an SMTP account, a TSIG key, a Cloudflare or OVHcloud API "
                  "access): its settings in the workspace, its secret (read from standard input) "
                  "in the keychain only.");
}

QList<QCommandLineOption> CredentialsAddCommand::options() const
{
    return QList<QCommandLineOption>{
               {HostOption,
                Tr::tr("smtp: the account's submission server."),
                QStringLiteral("host")},
               {UsernameOption, Tr::tr("smtp: the account's user name."), QStringLiteral("name")},
               {PortOption,
                Tr::tr("smtp: the server's port (default 587, or 465 with --implicit-tls)."),
                QStringLiteral("port")},
               {ImplicitTlsOption,
                Tr::tr("smtp: the server speaks TLS from the start (port 465).")},
           }
           + publishingCredentialOptions();
}

void CredentialsAddCommand::run(CliContext &context,
                                const QCommandLineParser &parser,
                                const QStringList &positional)
{
    const auto kind = positional.size() == 2 ? Secrets::CredentialKinds.value(positional.first())
                                             : std::nullopt;
    if (!kind) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("credentials add: expected smtp|tsig|cloudflare|ovh NAME"));
        return;
    }
    const auto validName = Secrets::validateCredentialName(positional.at(1));
    if (!validName) {
        context.failUsage(validName.error());
        return;
    }
    const QString name = *validName;
    if (*kind != Secrets::CredentialKind::Smtp)
        return addPublishing(context, parser, *kind, name);
    if (!parser.isSet(HostOption) || !parser.isSet(UsernameOption)
        || parser.value(UsernameOption).isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("credentials add: --host and --username are required"));
        return;
    }
    Secrets::Credential credential;
    credential.kind = Secrets::CredentialKind::Smtp;
    credential.name = name;
    credential.security = parser.isSet(ImplicitTlsOption)
                              ? Transport::SubmissionSecurity::ImplicitTls
                              : Transport::SubmissionSecurity::StartTls;
    const QString port = parser.isSet(PortOption)
                             ? parser.value(PortOption)
                             : QString::number(Transport::standardPort(credential.security));
    QString host = parser.value(HostOption);
    if (host.contains(u':') && !host.startsWith(u'[')) // an IPv6 literal
        host = u'[' + host + u']';
    const auto target = Input::hostAndPort(host + u':' + port, 0);
    if (!target || target->port == 0) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("credentials add: --host and --port must name a server and a port"));
        return;
    }
    credential.host = target->host;
    credential.port = target->port;
    credential.username = parser.value(UsernameOption);
    const auto vault = context.session().credentials();
    if (!vault) {
        context.fail(vault.error());
        return;
    }
    auto password = readSecret(Tr::tr("Password for %1: ").arg(name));
    if (!password) {
        context.failUsage(password.error());
        return;
    }
    store(context, credential, std::move(*password));
}

void CredentialsAddCommand::addPublishing(CliContext &context,
                                          const QCommandLineParser &parser,
                                          Secrets::CredentialKind kind,
                                          const QString &name)
{
    const auto credential = publishingCredential(kind, name, parser);
    if (!credential) {
        context.failUsage(credential.error());
        return;
    }
    auto secret = readCredentialSecret(kind, name);
    if (!secret) {
        context.failUsage(secret.error());
        return;
    }
    store(context, *credential, std::move(*secret));
}

void CredentialsAddCommand::store(CliContext &context,
                                  const Secrets::Credential &credential,
                                  QByteArray secret)
{
    const auto vault = context.session().credentials();
    if (!vault) {
        Secrets::wipe(secret);
        context.fail(vault.error());
        return;
    }
    onResult((*vault)->add(credential, std::move(secret)),
             &context,
             [&context](const Result<Secrets::Credential> &added) {
                 if (!added) {
                     context.fail(added.error());
                     return;
                 }
                 if (context.json())
                     context.printJson(credentialJson(*added));
                 else
                     //: %1 a credential's name
                     context.out()
                         << Tr::tr("Added %1; its secret is in the keychain.").arg(added->name)
                         << '\n';
                 context.finish(ExitCode::Done);
             });
}

} // namespace Sceau::Cli
