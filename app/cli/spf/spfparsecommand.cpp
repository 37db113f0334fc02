#include "app/cli/spf/spfparsecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/spf/spftextoutput.h"
#include "app/cli/tr.h"
#include "model/spf/spfjson.h"
#include "model/spf/spflimits.h"
#include "model/spf/spfrecord.h"
#include "model/spf/spfvalidator.h"

#include <QJsonArray>

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");
} // namespace

QString SpfParseCommand::description() const
{
    return Tr::tr("Check the syntax of an SPF record, list its terms and what is wrong with it.");
}

QList<QCommandLineOption> SpfParseCommand::options() const
{
    return {{DomainOption,
             Tr::tr("Domain the record is meant for (used in the findings)."),
             QStringLiteral("D")}};
}

void SpfParseCommand::run(CliContext &context,
                          const QCommandLineParser &parser,
                          const QStringList &positional)
{
    // The record is one quoted argument; words given separately are joined with spaces.
    const QString text = positional.join(u' ').trimmed();
    if (text.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("spf parse: give the record, quoted, e.g. \"v=spf1 mx -all\""));
        return;
    }
    const QString domain
        = parser.isSet(DomainOption) ? parser.value(DomainOption) : QStringLiteral("-");
    const auto syntaxError = Spf::SpfRecord::syntaxError(text);
    const QList<Finding> findings = Spf::SpfValidator::recordFindings(domain, text);
    const auto record = Spf::SpfRecord::parse(text);
    if (context.json()) {
        QJsonArray terms;
        if (record) {
            for (const Spf::Term &term : record->terms())
                terms.append(Spf::toJson(term));
        }
        context.printJson({
            {QStringLiteral("record"), record ? record->toText() : text},
            {QStringLiteral("valid"), bool(record)},
            {QStringLiteral("error"),
             syntaxError ? QJsonValue(Spf::toJson(*syntaxError)) : QJsonValue()},
            {QStringLiteral("terms"), terms},
            {QStringLiteral("dns_lookups"), record ? record->dnsQueryingTerms() : 0},
            {QStringLiteral("findings"), findingsJson(findings)},
        });
    } else {
        QTextStream &out = context.out();
        if (record) {
            out << record->toText() << '\n';
            for (const Spf::Term &term : record->terms())
                out << QStringLiteral("  %1\n").arg(term.toText());
            out << Tr::tr("DNS-querying terms: %1 / %2")
                       .arg(record->dnsQueryingTerms())
                       .arg(Spf::MaxLookups)
                << '\n';
        }
        printFindings(out, findings, 0);
    }
    context.finish(!record || hasSeverity(findings, Severity::Error) ? ExitCode::CheckFailed
                                                                     : ExitCode::Done);
}

} // namespace Sceau::Cli
