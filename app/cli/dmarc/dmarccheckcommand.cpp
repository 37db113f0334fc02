#include "app/cli/dmarc/dmarccheckcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dmarc/dmarccheck.h"
#include "model/dmarc/dmarcjson.h"
#include "model/dns/textescape.h"

namespace Sceau::Cli {

QString DmarcCheckCommand::description() const
{
    return Tr::tr("Find a domain's DMARC policy by the DNS tree walk and check it.");
}

void DmarcCheckCommand::run(CliContext &context,
                            const QCommandLineParser &,
                            const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("dmarc check: expected one DOMAIN"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    onResult(Dmarc::checkDmarc(context.resolver(), *domain),
             &context,
             [&context](const Dmarc::DmarcCheck &check) {
                 const Dmarc::Discovery &d = check.discovery;
                 if (context.json()) {
                     QJsonObject json = Dmarc::toJson(check);
                     json.insert(QStringLiteral("findings"), findingsJson(check.findings));
                     context.printJson(json);
                 } else {
                     QTextStream &out = context.out();
                     for (const Dmarc::WalkStep &step : d.steps)
                         //: %1 a DNS name, %2 the lookup status token (answer, nxdomain…)
                         out << Tr::tr("query: %1 %2")
                                    .arg(step.lookup.name, Dns::statusToken(step.lookup.status))
                             << '\n';
                     if (const Dmarc::WalkStep *policy = d.policy())
                         //: %1 the domain whose record applies, %2 the record (escaped)
                         out << Tr::tr("policy: %1: %2")
                                    .arg(policy->domain, Dns::escapeText(policy->record->raw))
                             << '\n';
                     if (!d.orgDomain.isEmpty())
                         out << Tr::tr("organizational domain: %1").arg(d.orgDomain) << '\n';
                     printFindings(out, check.findings);
                 }
                 context.finish(
                     postureExitCode(hasPostureError(check.findings), check.incomplete()));
             });
}

} // namespace Sceau::Cli
