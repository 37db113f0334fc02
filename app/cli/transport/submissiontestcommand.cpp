#include "app/cli/transport/submissiontestcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"
#include "model/transport/submissionfindings.h"
#include "model/transport/submissionjson.h"
#include "model/transport/submissionmessage.h"
#include "model/transport/submissiontest.h"
#include "model/transport/transportfindings.h"

namespace Sceau::Cli {

namespace {
const QString AccountOption = QStringLiteral("account");
const QString ImplicitTlsOption = QStringLiteral("implicit-tls");
const QString SendToOption = QStringLiteral("send-to");
const QString ServerNameOption = QStringLiteral("servername");
const QString SkipVerifyOption = QStringLiteral("skip-verify");

void printText(QTextStream &out, const Transport::SubmissionResult &result)
{
    using namespace Transport;
    //: %1 a server (host [address]:port), %2 the outcome token (authenticated, auth-failed…)
    out << Tr::tr("%1: %2").arg(serverLabel(result.endpoint),
                                SubmissionOutcomes.token(result.outcome))
        << '\n';
    if (result.tls)
        //: %1 protocol version token, %2 cipher suite
        out << "  "
            << Tr::tr("TLS %1, %2")
                   .arg(TlsVersionTokens.token(result.tls->protocol), result.tls->cipher)
            << '\n';
    if (const auto &cert = result.certificate)
        //: %1 certificate subject, %2 its names, %3 its last day
        out << "  "
            << Tr::tr("certificate %1 (%2), until %3")
                   .arg(cert->subject,
                        cert->dnsNames.join(QStringLiteral(", ")),
                        cert->notAfter.toString(Qt::ISODate))
            << '\n';
    if (!result.mechanisms.isEmpty())
        //: %1 SASL mechanisms (PLAIN LOGIN)
        out << "  " << Tr::tr("AUTH offered: %1").arg(result.mechanisms.join(u' ')) << '\n';
    if (result.authCode != 0)
        //: %1 a SASL mechanism, %2 the reply code, %3 the server's words
        out << "  "
            << Tr::tr("AUTH %1: %2 %3")
                   .arg(result.mechanism)
                   .arg(result.authCode)
                   .arg(result.authReply)
            << '\n';
    printFindings(out, result.findings);
}

// 0 authenticated (and no error finding), 1 the account or the server failed the test, 3 the
// test could not reach a verdict (docs/cli.md "submission test").
ExitCode exitCode(const Transport::SubmissionResult &result)
{
    if (Transport::couldNotTest(result))
        return ExitCode::CouldNotComplete;
    if (result.outcome != Transport::SubmissionOutcome::Authenticated
        || hasPostureError(result.findings))
        return ExitCode::CheckFailed;
    return ExitCode::Done;
}
} // namespace

QString SubmissionTestCommand::description() const
{
    return Tr::tr("Test an SMTP account on its submission server: TLS, certificate, AUTH "
                  "mechanisms and the login, with the password from the keychain.");
}

QList<QCommandLineOption> SubmissionTestCommand::options() const
{
    return {
        {AccountOption, Tr::tr("The SMTP account (credentials add smtp)."), QStringLiteral("name")},
        {ImplicitTlsOption, Tr::tr("TLS from the start (port 465) instead of STARTTLS.")},
        {SendToOption,
         Tr::tr("After logging in, send a short test message to this address."),
         QStringLiteral("address")},
        {ServerNameOption,
         Tr::tr("The name the certificate must carry (default: HOST)."),
         QStringLiteral("name")},
        {SkipVerifyOption,
         Tr::tr("Log in even when the certificate does not verify (the password then goes to "
                "a server whose identity is not proven).")},
    };
}

void SubmissionTestCommand::run(CliContext &context,
                                const QCommandLineParser &parser,
                                const QStringList &positional)
{
    if (positional.size() != 1 || !parser.isSet(AccountOption)) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("submission test: expected HOST[:PORT] --account NAME"));
        return;
    }
    const QString sendTo = parser.value(SendToOption);
    if (parser.isSet(SendToOption) && !Transport::isPlainAddress(sendTo)) {
        context.fail(ExitCode::BadUsage,
                     //: %1 what the user typed
                     Tr::tr("--send-to: “%1” is not an address (local@domain)").arg(sendTo));
        return;
    }
    QString serverName;
    if (parser.isSet(ServerNameOption)) {
        const auto name
            = Input::domain(parser.value(ServerNameOption), QStringLiteral("--servername"));
        if (!name) {
            context.failUsage(name.error());
            return;
        }
        serverName = *name;
    }
    const auto vault = context.session().credentials();
    if (!vault) {
        context.fail(vault.error());
        return;
    }
    const auto account = (*vault)->find(parser.value(AccountOption));
    if (!account) {
        context.fail(account.error());
        return;
    }
    if (!*account || (*account)->kind != Secrets::CredentialKind::Smtp) {
        context.fail(ExitCode::BadUsage,
                     //: %1 an account name
                     Tr::tr("submission test: no SMTP account named %1 (see credentials list)")
                         .arg(parser.value(AccountOption)));
        return;
    }
    Transport::SubmissionRequest request;
    request.security = parser.isSet(ImplicitTlsOption)
                               || (*account)->security == Transport::SubmissionSecurity::ImplicitTls
                           ? Transport::SubmissionSecurity::ImplicitTls
                           : Transport::SubmissionSecurity::StartTls;
    const auto target
        = Input::hostAndPort(positional.first(), Transport::standardPort(request.security));
    if (!target) {
        context.failUsage(target.error());
        return;
    }
    request.host = target->host;
    request.port = target->port;
    request.serverName = serverName;
    request.username = (*account)->username;
    request.skipVerify = parser.isSet(SkipVerifyOption);
    request.sendTo = sendTo;
    onResult(
        (*vault)->secret(**account), &context, [&context, request](Result<QByteArray> password) {
            if (!password) {
                context.fail(password.error());
                return;
            }
            auto *test = new Transport::SubmissionTest(
                request, std::move(*password), context.session().transportSettings(), &context);
            QObject::connect(test,
                             &Transport::SubmissionTest::finished,
                             &context,
                             [&context, test](const Transport::SubmissionResult &result) {
                                 test->deleteLater();
                                 if (context.json()) {
                                     QJsonObject json = Transport::toJson(result);
                                     json.insert(QStringLiteral("findings"),
                                                 findingsJson(result.findings));
                                     context.printJson(json);
                                 } else {
                                     printText(context.out(), result);
                                 }
                                 context.finish(exitCode(result));
                             });
            test->start(context.resolver());
        });
}

} // namespace Sceau::Cli
