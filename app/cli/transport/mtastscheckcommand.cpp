#include "app/cli/transport/mtastscheckcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dns/textescape.h"
#include "model/session/session.h"
#include "model/transport/mtastscheck.h"
#include "model/transport/mtastsjson.h"

namespace Sceau::Cli {

namespace {
void printText(QTextStream &out, const Transport::MtaStsCheck &check)
{
    using namespace Transport;
    if (!check.record.text.isEmpty())
        //: %1 the _mta-sts record as published (escaped)
        out << Tr::tr("record: %1").arg(Dns::escapeText(check.record.text)) << '\n';
    if (check.fetch)
        //: %1 the policy URL, %2 what came of fetching it (a token such as fetched, redirected)
        out << Tr::tr("policy: %1 (%2)")
                   .arg(check.fetch->url, MtaStsFetchOutcomes.token(check.fetch->outcome))
            << '\n';
    if (check.policy)
        //: %1 mode token, %2 MX patterns, %3 seconds
        out << "  "
            << Tr::tr("mode %1, mx %2, max_age %3")
                   .arg(MtaStsModes.token(check.policy->mode),
                        Dns::escapeLatin1Text(check.policy->mx.join(QStringLiteral(", "))))
                   .arg(check.policy->maxAge)
            << '\n';
    printFindings(out, check.findings);
}
} // namespace

QString MtaStsCheckCommand::description() const
{
    return Tr::tr("Check a domain's MTA-STS record and policy, and that the policy covers every "
                  "MX.");
}

void MtaStsCheckCommand::run(CliContext &context,
                             const QCommandLineParser &,
                             const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("mta-sts check: expected one DOMAIN"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    onResult(
        Transport::checkMtaSts(context.resolver(), *domain, context.session().transportSettings()),
        &context,
        [&context](const Transport::MtaStsCheck &check) {
            if (context.json()) {
                QJsonObject json = Transport::toJson(check);
                json.insert(QStringLiteral("findings"), findingsJson(check.findings));
                context.printJson(json);
            } else {
                printText(context.out(), check);
            }
            context.finish(postureExitCode(hasPostureError(check.findings), check.incomplete()));
        });
}

} // namespace Sceau::Cli
