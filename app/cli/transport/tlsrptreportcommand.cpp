#include "app/cli/transport/tlsrptreportcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tr.h"
#include "model/dns/textescape.h"
#include "model/transport/mtastsjson.h"
#include "model/transport/tlsrptimport.h"

#include <QJsonArray>

namespace Sceau::Cli {

namespace {
void printText(QTextStream &out, const QString &file, const Transport::TlsRptReport &report)
{
    //: %1 a file, %2 the reporting organization, %3 the report id
    out << Tr::tr("%1: report from %2 (%3)")
               .arg(file,
                    Dns::escapeLatin1Text(report.organization),
                    Dns::escapeLatin1Text(report.reportId))
        << '\n';
    for (const Transport::TlsRptPolicy &policy : report.policies) {
        //: %1 policy type (sts, tlsa, no-policy-found), %2 domain, %3 and %4 session counts
        out << "  "
            << Tr::tr("%1 policy for %2: %3 successful, %4 failed sessions")
                   .arg(Dns::escapeLatin1Text(policy.type), Dns::escapeLatin1Text(policy.domain))
                   .arg(policy.successfulSessions)
                   .arg(policy.failedSessions)
            << '\n';
        const QMap<QString, qint64> byType = policy.failuresByType();
        for (auto it = byType.cbegin(); it != byType.cend(); ++it)
            out << "    " << Dns::escapeLatin1Text(it.key()) << ": " << it.value() << '\n';
    }
}
} // namespace

QString TlsRptReportCommand::description() const
{
    return Tr::tr("Summarise SMTP TLS reports (.json, .json.gz or a mail in .eml) per policy and "
                  "failure type.");
}

void TlsRptReportCommand::run(CliContext &context,
                              const QCommandLineParser &,
                              const QStringList &positional)
{
    if (positional.isEmpty()) {
        context.fail(ExitCode::BadUsage, Tr::tr("tls-rpt report: expected at least one FILE"));
        return;
    }
    bool failedSessions = false;
    bool badFile = false;
    for (const QString &file : positional) {
        const auto report = Transport::importTlsRptFile(file);
        if (!report) {
            badFile = true;
            //: %1 a file, %2 why it could not be read as a TLS report
            context.err() << Tr::tr("%1: %2").arg(file, describe(report.error())) << Qt::endl;
            continue;
        }
        for (const Transport::TlsRptPolicy &policy : report->policies)
            failedSessions = failedSessions || policy.failedSessions > 0;
        if (context.json()) {
            QJsonObject json = Transport::toJson(*report);
            json.insert(QStringLiteral("file"), file);
            context.printJson(json);
        } else {
            printText(context.out(), file, *report);
        }
    }
    // A bad file is bad input (2); else failed sessions are what was checked failing (1).
    context.finish(badFile          ? ExitCode::BadUsage
                   : failedSessions ? ExitCode::CheckFailed
                                    : ExitCode::Done);
}

} // namespace Sceau::Cli
