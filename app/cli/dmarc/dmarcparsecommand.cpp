#include "app/cli/dmarc/dmarcparsecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/tr.h"
#include "model/dmarc/dmarccheck.h"
#include "model/dmarc/dmarcjson.h"
#include "model/dns/textescape.h"

namespace Sceau::Cli {

QString DmarcParseCommand::description() const
{
    return Tr::tr("Check the syntax of a DMARC record, list its tags, its policy and what is wrong "
                  "with it.");
}

void DmarcParseCommand::run(CliContext &context,
                            const QCommandLineParser &,
                            const QStringList &positional)
{
    // The record is one quoted argument; words given separately are joined with spaces.
    const QString text = positional.join(u' ');
    if (text.trimmed().isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("dmarc parse: give the record, quoted, e.g. \"v=DMARC1; p=none\""));
        return;
    }
    const Dmarc::Record record = Dmarc::parseRecord(text.toUtf8());
    const QList<Finding> findings = Dmarc::recordFindings(record, QStringLiteral("-"));
    if (context.json()) {
        QJsonObject json = Dmarc::toJson(record);
        json.insert(QStringLiteral("findings"), findingsJson(findings));
        context.printJson(json);
    } else {
        QTextStream &out = context.out();
        out << Dns::escapeText(record.raw) << '\n';
        for (const Dmarc::Tag &tag : record.tags)
            out << QStringLiteral("  %1=%2\n").arg(tag.name, tag.value);
        printFindings(out, findings, 0);
    }
    context.finish(!record.valid || hasSeverity(findings, Severity::Error) ? ExitCode::CheckFailed
                                                                           : ExitCode::Done);
}

} // namespace Sceau::Cli
