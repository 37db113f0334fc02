#include "app/cli/spftreecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/spftextoutput.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/spf/spfjson.h"
#include "model/spf/spfvalidator.h"

#include <QJsonArray>

namespace Sceau::Cli {

QString SpfTreeCommand::description() const
{
    return Tr::tr("Show a domain's SPF include tree: DNS lookups per branch, authorised addresses, "
                  "findings.");
}

void SpfTreeCommand::run(CliContext &context,
                         const QCommandLineParser &,
                         const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("spf tree: expected one DOMAIN"));
        return;
    }
    const auto domain = DomainName::fromUserInput(positional.first());
    if (!domain) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("“%1”: %2").arg(positional.first(), domain.error().detail));
        return;
    }
    auto *validator = new Spf::SpfValidator(context.resolver(), &context);
    onResult(
        validator->validate(*domain), &context, [&context](const Spf::SpfValidation &validation) {
            if (context.json()) {
                context.printJson({
                    {QStringLiteral("domain"), validation.domain},
                    {QStringLiteral("completed"), validation.completed},
                    {QStringLiteral("lookups"), validation.lookups},
                    {QStringLiteral("tree"),
                     validation.tree ? QJsonValue(Spf::toJson(*validation.tree)) : QJsonValue()},
                    {QStringLiteral("findings"), findingsJson(validation.findings)},
                });
            } else {
                QTextStream &out = context.out();
                if (!validation.completed)
                    out << Tr::tr("The TXT lookup for %1 failed: SPF could not be checked.")
                               .arg(validation.domain)
                        << '\n';
                if (validation.tree)
                    SpfTextOutput::printTree(out, *validation.tree);
                printFindings(out, validation.findings, 0);
            }
            // A branch that could not be fetched leaves the count unknown: could not complete.
            if (!validation.completed || (validation.tree && validation.tree->hasFailedLookups()))
                context.finish(ExitCode::CouldNotComplete);
            else
                context.finish(hasSeverity(validation.findings, Severity::Error)
                                   ? ExitCode::CheckFailed
                                   : ExitCode::Done);
        });
}

} // namespace Sceau::Cli
