#include "app/cli/transport/danecheckcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/session/session.h"
#include "model/transport/danecheck.h"
#include "model/transport/danejson.h"
#include "model/transport/transportfindings.h"

namespace Sceau::Cli {

namespace {
const QString WarnDaysOption = QStringLiteral("warn-days");
const QString NextCertOption = QStringLiteral("next-cert");
constexpr qsizetype MaxCertificateFile = 256 * 1024;

void printText(QTextStream &out, const Transport::DaneReport &report)
{
    using namespace Transport;
    //: %1 a domain, %2 its DNSSEC status token (secure, insecure, bogus, could-not-check)
    out << Tr::tr("%1: MX records %2")
               .arg(report.domain, Dns::DnssecStatuses.token(report.mx.status))
        << '\n';
    //: %1 a file name
    out << "  "
        << (report.mx.method == Dns::DnssecMethod::TrustAnchor
                ? Tr::tr("DNSSEC validated by Sceau from the trust anchors in %1")
                      .arg(report.mx.trustAnchorFile)
                : Tr::tr("DNSSEC as the resolver's AD bit says (the resolver must validate)"))
        << '\n';
    for (const DaneHost &host : report.hosts) {
        //: %1 an MX host, %2 DNSSEC status token of its addresses, %3 of its TLSA records
        out << "  "
            << Tr::tr("%1: addresses %2, TLSA %3")
                   .arg(host.host,
                        Dns::DnssecStatuses.token(host.addressStatus()),
                        Dns::DnssecStatuses.token(host.tlsa.status))
            << '\n';
        for (const TlsaRecord &record : host.records)
            out << "    TLSA " << record.toText() << '\n';
        for (const DaneAddress &address : host.addresses) {
            const QString verdict = !address.matchesTlsa() ? Tr::tr("not authenticated")
                                    : host.inForce()
                                        ? Tr::tr("authenticated by DANE")
                                        : Tr::tr("matches a TLSA record, DANE not in force");
            //: %1 a server (host [address]:port), %2 whether DANE authenticates it
            out << "    " << Tr::tr("%1: %2").arg(serverLabel(address.endpoint), verdict) << '\n';
        }
    }
    printFindings(out, report.findings);
}
} // namespace

QString DaneCheckCommand::synopsis() const
{
    return QStringLiteral("DOMAIN");
}

QString DaneCheckCommand::description() const
{
    return Tr::tr("Check DNSSEC and DANE for the mail servers of a domain: the DNSSEC status of "
                  "the domain and of each MX, their TLSA records, and whether each server's "
                  "certificate matches them.");
}

QList<QCommandLineOption> DaneCheckCommand::options() const
{
    return {
        {WarnDaysOption,
         Tr::tr("Warn when a DANE-matched certificate ends within this many days (default 30)."),
         QStringLiteral("days"),
         QStringLiteral("30")},
        {NextCertOption,
         Tr::tr("The certificate (PEM or DER) that will replace the current one: the published "
                "TLSA records must already match it."),
         QStringLiteral("file")},
    };
}

void DaneCheckCommand::run(CliContext &context,
                           const QCommandLineParser &parser,
                           const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("dane check: expected DOMAIN"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    Transport::DaneOptions options;
    options.transport = context.session().transportSettings();
    bool ok = false;
    options.warnDays = parser.value(WarnDaysOption).toInt(&ok);
    if (!ok || options.warnDays < 0 || options.warnDays > 3650) {
        context.fail(ExitCode::BadUsage, Tr::tr("dane check: --warn-days takes 0 to 3650"));
        return;
    }
    if (parser.isSet(NextCertOption)) {
        const auto bytes = Input::file(parser.value(NextCertOption), MaxCertificateFile);
        if (!bytes) {
            context.failUsage(bytes.error());
            return;
        }
        const auto der = Transport::certificateDer(*bytes);
        if (!der) {
            //: %1 a file name
            context.fail(ExitCode::BadUsage,
                         Tr::tr("dane check: %1 holds no certificate (PEM or DER)")
                             .arg(parser.value(NextCertOption)));
            return;
        }
        options.nextCertificate = *der;
    }
    // DNSSEC: validated by Sceau from --trust-anchor when given, else the AD bit of the
    // --nameserver resolvers (docs/cli.md: they must validate then).
    auto *resolver = new Dns::DnssecResolver(context.session().resolverSettings(), &context);
    onResult(Transport::checkDane(resolver, *domain, options),
             &context,
             [&context](const Transport::DaneReport &report) {
                 if (context.json()) {
                     QJsonObject json = Transport::toJson(report);
                     json.insert(QStringLiteral("findings"), findingsJson(report.findings));
                     context.printJson(json);
                 } else {
                     printText(context.out(), report);
                 }
                 context.finish(
                     postureExitCode(hasPostureError(report.findings), report.incomplete()));
             });
}

} // namespace Sceau::Cli
