#include "app/cli/transport/tlsprobecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/session/session.h"
#include "model/transport/hostprobe.h"
#include "model/transport/transportfindings.h"
#include "model/transport/transportjson.h"

#include <QJsonArray>

namespace Sceau::Cli {

namespace {
const QString RequireTlsOption = QStringLiteral("require-tls");
const QString SkipVerifyOption = QStringLiteral("skip-verify");
const QString ServerNameOption = QStringLiteral("servername");
const QString ImplicitTlsOption = QStringLiteral("implicit-tls");

void printText(QTextStream &out, const Transport::HostProbe &probe, Transport::DeliveryMode mode)
{
    using namespace Transport;
    for (const AddressProbe &address : probe.addresses) {
        //: %1 a server (host [address]:port), %2 what a message would meet (delivery token)
        out << Tr::tr("%1: %2").arg(serverLabel(address.endpoint),
                                    DeliveryTokens.token(deliveryOf(address, mode)))
            << '\n';
        if (address.attempt.outcome == SmtpTlsAttempt::Outcome::Encrypted) {
            const HandshakeInfo &info = address.attempt.handshake.info;
            //: %1 protocol version token, %2 cipher suite, %3 key-exchange group
            out << "  "
                << Tr::tr("negotiated %1, %2, %3")
                       .arg(TlsVersionTokens.token(info.protocol), info.cipher, info.group)
                << '\n';
        }
        QStringList accepted;
        for (auto it = address.accepted.cbegin(); it != address.accepted.cend(); ++it) {
            if (it.value())
                accepted << TlsVersionTokens.token(it.key());
        }
        if (!address.accepted.isEmpty())
            //: %1 protocol versions (tls1_2, tls1_3)
            out << "  " << Tr::tr("accepts %1").arg(accepted.join(QStringLiteral(", "))) << '\n';
        if (const auto &cert = address.certificate) {
            //: %1 certificate subject, %2 its names, %3 its last day, %4 days left
            out << "  "
                << Tr::tr("certificate %1 (%2), until %3, %n day(s) left",
                          nullptr,
                          int(cert->daysLeft))
                       .arg(cert->subject,
                            cert->dnsNames.join(QStringLiteral(", ")),
                            cert->notAfter.toString(Qt::ISODate))
                << '\n';
        }
    }
    printFindings(out, probe.findings);
}
} // namespace

QString TlsProbeCommand::description() const
{
    return Tr::tr("Probe STARTTLS on every address of a mail server: TLS versions, cipher, "
                  "certificate, and what a message would meet.");
}

QList<QCommandLineOption> TlsProbeCommand::options() const
{
    return {
        {RequireTlsOption,
         Tr::tr("Judge as a sender that requires TLS: a message that cannot go encrypted and "
                "verified is not delivered.")},
        {SkipVerifyOption,
         Tr::tr("Judge as a sender that skips certificate verification: any TLS counts as "
                "encrypted.")},
        {ServerNameOption,
         Tr::tr("The name the certificate must carry (default: HOST)."),
         QStringLiteral("name")},
        {ImplicitTlsOption,
         Tr::tr("TLS from the first byte instead of STARTTLS (RFC 8314, submission on port "
                "465, the default port then).")},
    };
}

void TlsProbeCommand::run(CliContext &context,
                          const QCommandLineParser &parser,
                          const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("tls probe: expected HOST[:PORT]"));
        return;
    }
    if (parser.isSet(RequireTlsOption) && parser.isSet(SkipVerifyOption)) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("tls probe: --require-tls and --skip-verify exclude each other"));
        return;
    }
    const bool implicitTls = parser.isSet(ImplicitTlsOption);
    const auto target = Input::hostAndPort(positional.first(), implicitTls ? 465 : 25);
    if (!target) {
        context.failUsage(target.error());
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
    const Transport::ProbeOptions options = context.session().transportSettings();
    const auto mode = parser.isSet(RequireTlsOption)   ? Transport::DeliveryMode::RequireTls
                      : parser.isSet(SkipVerifyOption) ? Transport::DeliveryMode::SkipVerify
                                                       : Transport::DeliveryMode::Default;
    onResult(Transport::probeHost(context.resolver(),
                                  target->host,
                                  target->port,
                                  serverName,
                                  options,
                                  implicitTls ? Transport::SmtpSecurity::ImplicitTls
                                              : Transport::SmtpSecurity::StartTls),
             &context,
             [&context, mode](const Transport::HostProbe &probe) {
                 if (context.json()) {
                     QJsonObject json = Transport::toJson(probe, mode);
                     json.insert(QStringLiteral("findings"), findingsJson(probe.findings));
                     context.printJson(json);
                 } else {
                     printText(context.out(), probe, mode);
                 }
                 context.finish(
                     postureExitCode(hasPostureError(probe.findings), probe.incomplete()));
             });
}

} // namespace Sceau::Cli
