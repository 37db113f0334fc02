#include "app/cli/secrets/credentialslistcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/secrets/credentialjson.h"
#include "app/cli/tr.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"

#include <QJsonArray>

namespace Sceau::Cli {

namespace {
const QString DueOption = QStringLiteral("due");

// What one credential is for, in one line of text.
QString describe(const Secrets::Credential &c)
{
    switch (c.kind) {
    case Secrets::CredentialKind::Smtp:
        //: %1 user name, %2 host, %3 port, %4 security token
        return Tr::tr("%1 on %2:%3, %4")
            .arg(c.username, c.host)
            .arg(c.port)
            .arg(Transport::SubmissionSecurities.token(c.security));
    case Secrets::CredentialKind::Tsig:
        //: %1 key name, %2 algorithm, %3 zone, %4 server or "SOA primary"
        return Tr::tr("key %1 (%2) for %3 on %4")
            .arg(c.username,
                 Dns::TsigAlgorithms.token(c.tsigAlgorithm),
                 c.zone,
                 c.host.isEmpty() ? Tr::tr("its SOA primary")
                                  : c.host + u':' + QString::number(c.port));
    case Secrets::CredentialKind::Cloudflare:
    case Secrets::CredentialKind::Ovh:
        //: %1 zone, %2 API URL or "the public API"
        return Tr::tr("API access to %1 through %2")
            .arg(c.zone, c.host.isEmpty() ? Tr::tr("the public API") : c.host);
    }
    return {};
}
} // namespace

QString CredentialsListCommand::description() const
{
    return Tr::tr("List the credentials of the workspace (never their secrets), with their age.");
}

QList<QCommandLineOption> CredentialsListCommand::options() const
{
    return {{DueOption,
             Tr::tr("Only the credentials whose secret was set this many days ago or more: due "
                    "to be changed."),
             QStringLiteral("days")}};
}

void CredentialsListCommand::run(CliContext &context,
                                 const QCommandLineParser &parser,
                                 const QStringList &positional)
{
    if (!positional.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("credentials list: unexpected argument “%1”").arg(positional.first()));
        return;
    }
    bool ok = true;
    const int dueDays = parser.isSet(DueOption) ? parser.value(DueOption).toInt(&ok) : -1;
    if (!ok || (parser.isSet(DueOption) && dueDays < 0)) {
        context.fail(ExitCode::BadUsage, Tr::tr("credentials list: --due takes a number of days"));
        return;
    }
    const auto vault = context.session().credentials();
    const auto credentials
        = vault ? (*vault)->list() : Result<QList<Secrets::Credential>>(vault.error());
    if (!credentials) {
        context.fail(credentials.error());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Secrets::Credential> shown;
    for (const Secrets::Credential &c : *credentials) {
        if (dueDays < 0 || Secrets::rotationDue(c, dueDays, now))
            shown << c;
    }
    if (context.json()) {
        QJsonArray array;
        for (const Secrets::Credential &credential : shown)
            array << credentialJson(credential, now);
        context.printJson({{QStringLiteral("credentials"), array}});
    } else {
        if (shown.isEmpty())
            context.out() << (dueDays < 0 ? Tr::tr("The workspace has no credential.")
                                          : Tr::tr("No credential is due to be changed."))
                          << '\n';
        for (const Secrets::Credential &c : shown)
            //: %1 name, %2 kind (smtp, tsig…), %3 what it is for, %n its age in days
            context.out() << Tr::tr("%1 (%2): %3; secret set %n day(s) ago",
                                    nullptr,
                                    int(Secrets::ageInDays(c, now)))
                                 .arg(c.name, Secrets::CredentialKinds.token(c.kind), describe(c))
                          << '\n';
    }
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
