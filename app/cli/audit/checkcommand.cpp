#include "app/cli/audit/checkcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcode.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/audit/auditor.h"
#include "model/audit/auditreportjson.h"
#include "model/audit/bulkcheck.h"
#include "model/audit/checkrecord.h"
#include "model/dns/resolverfactory.h"
#include "model/session/session.h"
#include "model/storage/checkhistory.h"
#include "model/transport/transportfindings.h"

#include <QHash>
#include <QSet>
#include <QThread>

#include <memory>

namespace Sceau::Cli {

namespace {
const QString SelectorOption = QStringLiteral("selector");
const QString DomainsFileOption = QStringLiteral("domains-file");
const QString NoTlsOption = QStringLiteral("no-tls");
const QString DaneOption = QStringLiteral("dane");
const QString SaveOption = QStringLiteral("save");
// Untrusted input is bounded: 1 MiB is tens of thousands of domains.
constexpr qsizetype MaxDomainsFile = 1024 * 1024;

// Audits run concurrently, at most AuditsAtOnce at a time (a long list keeps memory flat);
// each report is printed once those of the domains before it are, in the order given, and
// kept only for --save.
constexpr int AuditsAtOnce = 128;
constexpr int MaxThreads = 8; // beyond, the DNS server rather than the processor sets the pace
struct CheckRun
{
    QHash<int, Audit::AuditReport> waiting; // finished, not yet printed: by index in the list
    int printed = 0;
    bool error = false;
    bool incomplete = false;
    QList<Audit::AuditReport> kept; // --save
};
} // namespace

QString CheckCommand::description() const
{
    return Tr::tr("Audit each domain's SPF, DMARC, MX and DKIM selectors, and the STARTTLS of "
                  "every MX server.");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {
        {SelectorOption,
         Tr::tr("DKIM selector to check (repeatable); without it, the common selectors are "
                "probed."),
         QStringLiteral("S")},
        {DomainsFileOption,
         Tr::tr("Read more domains from this file, one per line (# starts a comment)."),
         QStringLiteral("F")},
        {NoTlsOption, Tr::tr("Do not probe the MX servers' STARTTLS (DNS checks only).")},
        {DaneOption,
         Tr::tr("Check DANE for the MX too (the --nameserver resolvers must validate DNSSEC).")},
        {SaveOption,
         Tr::tr("Save each report in the workspace's history (the domain is added to the list).")},
    };
}

void CheckCommand::account(const Audit::AuditReport &report, bool *error, bool *incomplete)
{
    // A failed lookup makes a report incomplete, never an error (isCouldNotCheck()).
    *error = *error || hasPostureError(report.findings);
    *incomplete = *incomplete || !report.complete();
}

void CheckCommand::printText(QTextStream &out, const Audit::AuditReport &report)
{
    using namespace Audit;
    const DomainAssessment &assessment = report.assessment;
    out << overallLine(report) << '\n';
    for (const AreaAssessment &area : assessment.areas) {
        QString line = areaStateName(area.state);
        if (area.score && area.provisional)
            //: %1 an area's state (Good, Failing…), %2 its score out of 100 (some lookups failed)
            line = Tr::tr("%1, %2/100 (provisional)").arg(line).arg(*area.score);
        else if (area.score)
            //: %1 an area's state (Good, Failing…), %2 its score out of 100
            line = Tr::tr("%1, %2/100").arg(line).arg(*area.score);
        if (!area.facts.isEmpty())
            //: %1 the area's state and score, %2 its key facts, separated by "; "
            line = Tr::tr("%1 — %2").arg(line, area.facts.join(QStringLiteral("; ")));
        //: %1 an area (SPF, DKIM…), %2 its state, score and key facts
        out << "  " << Tr::tr("%1: %2").arg(areaName(area.area), line) << '\n';
    }
    if (!report.complete())
        out << Tr::tr("  Incomplete: %n lookup(s) failed, so some checks could not be made.",
                      nullptr,
                      report.failedLookups)
            << '\n';
    if (const auto &transport = report.transport)
        printTransport(out, *transport);
    printFindings(out, report.findings);
}

QString CheckCommand::overallLine(const Audit::AuditReport &report)
{
    const Audit::DomainAssessment &assessment = report.assessment;
    if (assessment.state == Audit::OverallState::DomainNotFound)
        //: %1 domain that does not exist (NXDOMAIN)
        return Tr::tr("%1 — domain not found").arg(report.domain);
    if (!assessment.score)
        //: %1 domain; no area could be rated
        return Tr::tr("%1 — could not check").arg(report.domain);
    if (assessment.provisional)
        //: %1 domain, %2 score out of 100 of what could be checked, %3 the overall state
        return Tr::tr("%1 — score %2/100 (provisional), %3")
            .arg(report.domain)
            .arg(*assessment.score)
            .arg(Audit::overallStateName(assessment.state));
    //: %1 domain, %2 score out of 100, %3 the overall state (Good, To improve, Failing)
    return Tr::tr("%1 — score %2/100, %3")
        .arg(report.domain)
        .arg(*assessment.score)
        .arg(Audit::overallStateName(assessment.state));
}

void CheckCommand::printTransport(QTextStream &out, const Transport::DomainTransport &transport)
{
    // The area line says the transport's state and score; here, what each server offers.
    using namespace Transport;
    for (const MxTransport &host : transport.hosts) {
        for (const AddressProbe &address : host.probe.addresses) {
            //: %1 MX preference, %2 a server (host [address]:port), %3 what a message would meet
            out << "  "
                << Tr::tr("MX %1 %2: %3")
                       .arg(QString::number(host.preference),
                            serverLabel(address.endpoint),
                            DeliveryTokens.token(deliveryOf(address, DeliveryMode::Default)))
                << '\n';
        }
    }
}

Result<void> CheckCommand::save(Storage::Workspace *workspace,
                                const QList<Audit::AuditReport> &reports,
                                const Dns::ResolverSettings &resolver)
{
    Storage::CheckHistory history(workspace);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    return history.saveTogether([&]() -> Result<void> {
        for (const Audit::AuditReport &report : reports) {
            if (const auto saved = Audit::saveCheck(history, report, resolver, at); !saved)
                return saved.error();
        }
        return {};
    });
}

void CheckCommand::run(CliContext &context,
                       const QCommandLineParser &parser,
                       const QStringList &positional)
{
    // Each name as given, and where: empty on the command line, "FILE:LINE" in a list file.
    QList<std::pair<QString, QString>> inputs;
    for (const QString &domain : positional)
        inputs.append({domain, {}});
    if (parser.isSet(DomainsFileOption)) {
        const QString path = parser.value(DomainsFileOption);
        const auto list = Input::file(path, MaxDomainsFile);
        if (!list) {
            context.failUsage(list.error());
            return;
        }
        int number = 0;
        for (const QByteArray &line : list->split('\n')) {
            ++number;
            const QString domain = QString::fromUtf8(line).section(u'#', 0, 0).trimmed();
            if (!domain.isEmpty())
                inputs.append({domain, QStringLiteral("%1:%2").arg(path).arg(number)});
        }
    }
    if (inputs.isEmpty()) {
        context.fail(ExitCode::BadUsage, Tr::tr("check: give at least one domain"));
        return;
    }
    QStringList selectors;
    for (const QString &selector : parser.values(SelectorOption)) {
        const auto valid = Input::selector(selector);
        if (!valid) {
            context.failUsage(valid.error());
            return;
        }
        selectors << *valid;
    }
    QStringList domains;
    QSet<QString> seen;
    for (const auto &[input, origin] : std::as_const(inputs)) {
        const auto domain = Input::domain(input, origin);
        if (!domain) {
            context.failUsage(domain.error());
            return;
        }
        for (const QString &selector : std::as_const(selectors)) { // the key record name fits
            if (const auto valid = Input::selector(selector, *domain); !valid) {
                context.failUsage(valid.error());
                return;
            }
        }
        if (seen.contains(*domain)) // listed twice ("Example.test", "example.test."): once
            continue;
        seen.insert(*domain);
        domains << *domain;
    }

    std::optional<Transport::TransportSettings> transport;
    if (!parser.isSet(NoTlsOption))
        transport = context.session().transportSettings();
    const bool dane = parser.isSet(DaneOption);
    if (dane && (!transport || context.session().resolverSettings().offline)) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("check: --dane needs the MX probes and live DNS (not with --no-tls "
                            "or --offline)"));
        return;
    }
    Storage::Workspace *workspace = nullptr;
    if (parser.isSet(SaveOption)) { // opened before checking: a bad workspace costs no check
        const auto opened = context.session().workspace();
        if (!opened) {
            context.fail(opened.error());
            return;
        }
        workspace = *opened;
    }
    const Dns::ResolverSettings resolver = context.session().resolverSettings();
    Audit::Auditor *auditor = context.session().auditor();
    auto run = std::make_shared<CheckRun>();
    auto *bulk = new Audit::BulkCheck(&context);
    bulk->setMaxAtOnce(AuditsAtOnce);
    if (domains.size() > 1) {
        // Every core: the audits shared with other threads, each with resolvers made from the
        // same settings. Should one not be made, this thread does it all: slower, same reports.
        const auto threads
            = bulk->setThreads(qMin(QThread::idealThreadCount(), MaxThreads), resolver);
        Q_UNUSED(threads)
    }
    QObject::connect(bulk,
                     &Audit::BulkCheck::reportReady,
                     &context,
                     [&context, run, workspace](int index, const Audit::AuditReport &report) {
                         run->waiting.insert(index, report);
                         for (auto next = run->waiting.find(run->printed);
                              next != run->waiting.end();
                              next = run->waiting.find(run->printed)) {
                             const Audit::AuditReport ready = next.value();
                             run->waiting.erase(next);
                             ++run->printed;
                             if (context.json())
                                 context.printJson(Audit::toJson(ready));
                             else
                                 printText(context.out(), ready);
                             account(ready, &run->error, &run->incomplete);
                             if (workspace)
                                 run->kept << ready;
                         }
                     });
    QObject::connect(bulk,
                     &Audit::BulkCheck::finished,
                     &context,
                     [&context, run, workspace, resolver](bool canceled) {
                         if (workspace) {
                             if (const auto saved = save(workspace, run->kept, resolver); !saved) {
                                 context.fail(saved.error());
                                 return;
                             }
                         }
                         // Canceled only when the session's auditor went away: not all checked.
                         context.finish(postureExitCode(run->error, run->incomplete || canceled));
                     });
    bulk->start(auditor, domains, {QString(), selectors, transport, dane});
}

} // namespace Sceau::Cli
