#include "app/cli/spf/spftreecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/spf/spftextoutput.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/session/session.h"
#include "model/spf/spfjson.h"
#include "model/spf/spflimits.h"
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
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    auto *validator = new Spf::SpfValidator(context.session().runResolver(&context), &context);
    onResult(
        validator->validate(*domain), &context, [&context](const Spf::SpfValidation &validation) {
            const bool truncated = validation.tree && validation.tree->truncated();
            if (context.json()) {
                context.printJson({
                    {QStringLiteral("domain"), validation.domain},
                    {QStringLiteral("completed"), validation.completed},
                    {QStringLiteral("failed_lookups"), int(validation.failures.size())},
                    {QStringLiteral("lookups"), validation.lookups},
                    {QStringLiteral("nodes"), validation.tree ? validation.tree->nodeCount() : 0},
                    {QStringLiteral("queries"), validation.queries},
                    {QStringLiteral("truncated"), truncated},
                    {QStringLiteral("tree"),
                     validation.tree ? QJsonValue(Spf::toJson(*validation.tree)) : QJsonValue()},
                    {QStringLiteral("findings"), findingsJson(validation.findings)},
                });
            } else {
                QTextStream &out = context.out();
                if (validation.tree)
                    SpfTextOutput::printTree(out, *validation.tree);
                if (truncated)
                    //: %1 and %2 are the tree's limits of records and DNS queries
                    out << Tr::tr("The tree is over the limit (%1 records, %2 DNS queries): the "
                                  "rest was not followed.")
                               .arg(Spf::MaxTreeNodes)
                               .arg(Spf::MaxTreeQueries)
                        << '\n';
                printFindings(out, validation.findings, 0);
                if (!validation.completed)
                    out << Tr::tr("%n lookup(s) failed: the SPF check is incomplete.",
                                  nullptr,
                                  int(validation.failures.size()))
                        << '\n';
            }
            // docs/cli.md "Exit codes": an error-level finding, else incomplete, else 0.
            context.finish(postureExitCode(hasSeverity(validation.findings, Severity::Error),
                                           !validation.completed));
        });
}

} // namespace Sceau::Cli
