#include "app/cli/bimi/bimivmccommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/bimi/bimijson.h"
#include "model/bimi/markcertificate.h"

#include <QCommandLineParser>

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");
const QString LogoOption = QStringLiteral("logo");
} // namespace

QString BimiVmcCommand::description() const
{
    return Tr::tr("Inspect a mark certificate (VMC or CMC, PEM): BIMI key usage, embedded logo, "
                  "names, validity and chain to a Mark Verifying Authority.");
}

QList<QCommandLineOption> BimiVmcCommand::options() const
{
    return {{DomainOption, Tr::tr("The domain the certificate must cover."), Tr::tr("domain")},
            {LogoOption, Tr::tr("The SVG logo the certificate must embed."), Tr::tr("file")}};
}

void BimiVmcCommand::run(CliContext &context,
                         const QCommandLineParser &parser,
                         const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("bimi vmc: expected one FILE"));
        return;
    }
    Bimi::MarkCertificateContext check;
    check.roots = Bimi::mvaRoots();
    if (parser.isSet(DomainOption)) {
        const auto domain = Input::domain(parser.value(DomainOption), QStringLiteral("--domain"));
        if (!domain) {
            context.failUsage(domain.error());
            return;
        }
        check.domain = *domain;
    }
    if (parser.isSet(LogoOption)) {
        const auto logo = Input::file(parser.value(LogoOption), Bimi::MaxSvgInput);
        if (!logo) {
            context.fail(logo.error());
            return;
        }
        check.logo = *logo;
    }
    const auto pem = Input::file(positional.first(), Bimi::MaxMarkCertificateFile);
    if (!pem) {
        context.fail(pem.error());
        return;
    }
    const Bimi::MarkCertificate mark = Bimi::inspectMarkCertificate(*pem, check);
    if (context.json()) {
        QJsonObject json = Bimi::toJson(mark);
        json.insert(QStringLiteral("file"), positional.first());
        json.insert(QStringLiteral("findings"), findingsJson(mark.findings));
        context.printJson(json);
    } else {
        QTextStream &out = context.out();
        //: %1 a certificate subject (distinguished name)
        out << Tr::tr("subject: %1").arg(mark.subject) << '\n';
        out << Tr::tr("issuer: %1").arg(mark.issuer) << '\n';
        //: %1 and %2 dates
        out << Tr::tr("valid: %1 to %2")
                   .arg(mark.notBefore.toString(Qt::ISODate), mark.notAfter.toString(Qt::ISODate))
            << '\n';
        printFindings(out, mark.findings);
    }
    context.finish(hasPostureError(mark.findings) ? ExitCode::CheckFailed : ExitCode::Done);
}

} // namespace Sceau::Cli
