#include "app/cli/transport/tlsrptcheckcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dns/textescape.h"
#include "model/transport/mtastsjson.h"
#include "model/transport/tlsrptcheck.h"

namespace Sceau::Cli {

QString TlsRptCheckCommand::description() const
{
    return Tr::tr("Check a domain's TLS-RPT record (where senders send TLS failure reports).");
}

void TlsRptCheckCommand::run(CliContext &context,
                             const QCommandLineParser &,
                             const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("tls-rpt check: expected one DOMAIN"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    onResult(
        Transport::checkTlsRpt(context.resolver(), *domain),
        &context,
        [&context](const Transport::TlsRptCheck &check) {
            if (context.json()) {
                QJsonObject json = Transport::toJson(check);
                json.insert(QStringLiteral("findings"), findingsJson(check.findings));
                context.printJson(json);
            } else {
                if (!check.record.text.isEmpty())
                    //: %1 the _smtp._tls record as published (escaped)
                    context.out() << Tr::tr("record: %1").arg(Dns::escapeText(check.record.text))
                                  << '\n';
                printFindings(context.out(), check.findings);
            }
            context.finish(postureExitCode(hasPostureError(check.findings), check.incomplete()));
        });
}

} // namespace Sceau::Cli
