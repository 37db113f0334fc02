#include "app/cli/dmarc/dmarcreportcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tr.h"
#include "model/dmarc/reportimport.h"
#include "model/dmarc/reportjson.h"
#include "model/dmarc/reportstore.h"
#include "model/dns/textescape.h"
#include "model/session/session.h"

using namespace Qt::StringLiterals;

namespace Sceau::Cli {

namespace {
const QString StoreOption = u"store"_s;

void printText(QTextStream &out, const Dmarc::ReadReport &read)
{
    if (read.aggregate) {
        const Dmarc::AggregateReport &report = *read.aggregate;
        //: %1 a file, %2 the reporter, %3 the report id, %4 the policy domain, %5 and %6 dates
        out << Tr::tr("%1: report %3 from %2 for %4, %5 to %6")
                   .arg(read.source,
                        Dns::escapeLatin1Text(report.orgName),
                        Dns::escapeLatin1Text(report.reportId),
                        Dns::escapeLatin1Text(report.policy.domain),
                        report.begin.toString(Qt::ISODate),
                        report.end.toString(Qt::ISODate))
            << '\n';
        for (const Dmarc::ReportRecord &record : report.records)
            //: %1 an IP address, %2 a message count, %3 disposition, %4 and %5 pass or fail
            out << "  "
                << Tr::tr("%1: %2 messages, %3, DKIM %4, SPF %5")
                       .arg(Dns::escapeLatin1Text(record.sourceIp))
                       .arg(record.count)
                       .arg(Dns::escapeLatin1Text(record.disposition),
                            Dns::escapeLatin1Text(record.dkim),
                            Dns::escapeLatin1Text(record.spf))
                << '\n';
        return;
    }
    const Dmarc::FailureReport &report = *read.failure;
    //: %1 a file, %2 the reported domain, %3 an IP address, %4 the failure (dmarc, dkim, spf)
    out << Tr::tr("%1: failure report for %2 from %3 (%4)")
               .arg(read.source,
                    Dns::escapeLatin1Text(report.reportedDomain),
                    Dns::escapeLatin1Text(report.sourceIp),
                    Dns::escapeLatin1Text(report.authFailure))
        << '\n';
}
} // namespace

QString DmarcReportCommand::description() const
{
    return Tr::tr("Read DMARC aggregate and failure reports (.xml, .xml.gz, .zip, .eml, mbox, "
                  "Maildir).");
}

QList<QCommandLineOption> DmarcReportCommand::options() const
{
    return {QCommandLineOption(StoreOption,
                               Tr::tr("Keep the aggregate reports in the workspace (a report "
                                      "already there is not added again)."))};
}

void DmarcReportCommand::run(CliContext &context,
                             const QCommandLineParser &parser,
                             const QStringList &positional)
{
    if (positional.isEmpty()) {
        context.fail(ExitCode::BadUsage, Tr::tr("dmarc report: expected at least one FILE"));
        return;
    }
    Dmarc::ReportStore *store = nullptr;
    if (parser.isSet(StoreOption)) {
        auto opened = context.session().reportStore();
        if (!opened) {
            context.fail(opened.error());
            return;
        }
        store = *opened;
    }
    bool badFile = false;
    for (const QString &file : positional) {
        for (const Dmarc::ReadReport &read : Dmarc::readReportPath(file)) {
            if (!read.ok()) {
                badFile = true;
                if (context.json())
                    context.printJson({{u"file"_s, read.source}, {u"error"_s, read.error->detail}});
                else
                    context.err() << read.error->detail << Qt::endl;
                continue;
            }
            QJsonObject json
                = read.aggregate ? Dmarc::toJson(*read.aggregate) : Dmarc::toJson(*read.failure);
            json.insert(u"file"_s, read.source);
            if (store && read.aggregate) {
                const auto added = store->add(*read.aggregate);
                if (!added) {
                    context.fail(added.error());
                    return;
                }
                json.insert(u"stored"_s, *added);
            }
            if (context.json())
                context.printJson(json);
            else
                printText(context.out(), read);
        }
    }
    // Reading reports checks no posture: a file that could not be read is bad input (2).
    context.finish(badFile ? ExitCode::BadUsage : ExitCode::Done);
}

} // namespace Sceau::Cli
