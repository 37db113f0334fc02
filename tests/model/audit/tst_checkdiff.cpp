#include "model/audit/auditreportjson.h"
#include "model/audit/checkdiff.h"
#include "model/audit/reportfacts.h"
#include "model/dmarc/dmarcrecord.h"

#include <QJsonArray>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Audit;
using namespace Qt::StringLiterals;

namespace {

using Outcome = Transport::SmtpTlsAttempt::Outcome;

// The DMARC check of a domain whose own _dmarc TXT holds record ("" : none, complete walk;
// "fail": the lookup failed).
void setDmarc(AuditReport &report, const QByteArray &record)
{
    Dmarc::WalkStep step;
    step.domain = report.domain;
    step.lookup.name = u"_dmarc."_s + report.domain;
    step.lookup.type = Dns::RrType::TXT;
    const bool failed = record == "fail";
    step.lookup.status = failed             ? Dns::LookupStatus::Timeout
                         : record.isEmpty() ? Dns::LookupStatus::NxDomain
                                            : Dns::LookupStatus::Answer;
    if (!failed && !record.isEmpty()) {
        step.records = {record};
        step.record = Dmarc::parseRecord(record);
    }
    report.dmarc = Dmarc::DmarcCheck{};
    report.dmarc->discovery = Dmarc::decide(report.domain, {step});
    report.dmarcRecords
        = step.records.isEmpty() ? QStringList() : QStringList{QString::fromUtf8(record)};
}

// An MX host, probed at one address with this outcome.
void addHost(AuditReport &report, const QString &exchange, Outcome outcome, int preference = 10)
{
    if (std::none_of(report.mx.cbegin(), report.mx.cend(), [&](const MxHost &h) {
            return h.exchange == exchange;
        }))
        report.mx << MxHost{preference, exchange, {u"192.0.2.1"_s}};
    Transport::AddressProbe address;
    address.endpoint.host = exchange;
    address.endpoint.address = QHostAddress(u"192.0.2.1"_s);
    address.attempt.outcome = outcome;
    Transport::MxTransport host;
    host.preference = preference;
    host.exchange = exchange;
    host.probe.host = exchange;
    host.probe.addresses = {address};
    report.transport->hosts << host;
}

// A complete report of a.test: DMARC p=none, one SPF record, MX mx1 with STARTTLS, DKIM key s1,
// a warning and an ok finding.
AuditReport base()
{
    AuditReport report;
    report.domain = u"a.test"_s;
    report.spfRecords = {u"v=spf1 mx -all"_s};
    setDmarc(report, "v=DMARC1; p=none");
    report.transport = Transport::DomainTransport{};
    report.transport->domain = u"a.test"_s;
    report.transport->route = Transport::MailRoute::MxSet;
    addHost(report, u"mx1.a.test"_s, Outcome::Encrypted);
    report.dkim = {{u"s1"_s, {u"v=DKIM1; p=AAAA"_s}, std::nullopt, 0}};
    report.findings = {{u"spf.softfail"_s, Severity::Warning, {u"~all"_s}, {}},
                       {u"spf.present"_s, Severity::Ok, {u"v=spf1 mx -all"_s}, {}}};
    report.lookups = 8;
    report.assessment.score = 90;
    return report;
}

Finding lookupFailed(const QString &name, const QString &type)
{
    return {u"dns.lookup-failed"_s, Severity::Warning, {name, type, u"timeout"_s, {}}, {}};
}

// "id kind arg,arg" of each change, for comparing.
QStringList summary(const QList<Change> &changes)
{
    QStringList lines;
    for (const Change &c : changes)
        lines << u"%1 %2 %3"_s.arg(c.id, ChangeKinds.token(c.kind), c.args.join(u',')).trimmed();
    return lines;
}

} // namespace

// A diff between two checks in words (issue 12 §3): each kind of change, both directions, from
// the reports' structure; a fact one check could not look up is never compared.
class tst_CheckDiff : public QObject
{
    Q_OBJECT
private slots:
    void diff_data()
    {
        QTest::addColumn<AuditReport>("from");
        QTest::addColumn<AuditReport>("to");
        QTest::addColumn<QStringList>("forward");  // from → to
        QTest::addColumn<QStringList>("backward"); // to → from
        auto row = [](const char *name,
                      const AuditReport &to,
                      const QStringList &forward,
                      const QStringList &backward) {
            QTest::newRow(name) << base() << to << forward << backward;
        };
        AuditReport r = base();
        setDmarc(r, "v=DMARC1; p=quarantine");
        row("dmarc policy",
            r,
            {u"dmarc.policy-changed improvement none,quarantine"_s},
            {u"dmarc.policy-changed regression quarantine,none"_s});
        r = base();
        setDmarc(r, "");
        row("dmarc removed",
            r,
            {u"dmarc.policy-removed regression none"_s},
            {u"dmarc.policy-published improvement none"_s});
        r = base();
        setDmarc(r, "fail");
        r.failedLookups = 1;
        row("dmarc not determined",
            r,
            {u"check.incomplete neutral"_s},
            {u"check.incomplete neutral"_s});
        r = base();
        r.spfRecords = {u"v=spf1 a mx -all"_s};
        row("spf changed",
            r,
            {u"spf.record-changed neutral v=spf1 mx -all,v=spf1 a mx -all"_s},
            {u"spf.record-changed neutral v=spf1 a mx -all,v=spf1 mx -all"_s});
        r = base();
        r.spfRecords.clear();
        row("spf removed",
            r,
            {u"spf.record-removed regression v=spf1 mx -all"_s},
            {u"spf.record-published improvement v=spf1 mx -all"_s});
        r = base();
        r.spfRecords.clear();
        r.findings << lookupFailed(u"a.test"_s, u"TXT"_s);
        r.failedLookups = 1;
        row("spf lookup failed",
            r,
            {u"check.incomplete neutral"_s},
            {u"check.incomplete neutral"_s});
        r = base();
        addHost(r, u"mx2.a.test"_s, Outcome::NoStartTls, 20);
        row("mx added without starttls",
            r,
            {u"mx.added-without-starttls regression mx2.a.test"_s},
            {u"mx.removed neutral mx2.a.test"_s});
        r = base();
        addHost(r, u"mx2.a.test"_s, Outcome::Encrypted, 20);
        row("mx added",
            r,
            {u"mx.added neutral mx2.a.test"_s},
            {u"mx.removed neutral mx2.a.test"_s});
        r = base();
        r.transport->hosts.first().probe.addresses.first().attempt.outcome = Outcome::NoStartTls;
        row("starttls",
            r,
            {u"mx.starttls-lost regression mx1.a.test"_s},
            {u"mx.starttls-gained improvement mx1.a.test"_s});
        r = base();
        r.transport->hosts.first().probe.addresses.first().attempt.outcome = Outcome::TimedOut;
        row("starttls not tested", r, {}, {});
        r = base();
        r.mx.clear();
        r.transport->hosts.clear();
        r.findings << lookupFailed(u"a.test"_s, u"MX"_s);
        r.failedLookups = 1;
        row("mx lookup failed",
            r,
            {u"check.incomplete neutral"_s},
            {u"check.incomplete neutral"_s});
        r = base();
        r.dkim.first().records = {u"v=DKIM1; p="_s};
        row("dkim revoked",
            r,
            {u"dkim.key-revoked neutral s1"_s},
            {u"dkim.key-published improvement s1"_s});
        r = base();
        r.dkim.first().records.clear();
        row("dkim removed",
            r,
            {u"dkim.key-removed regression s1"_s},
            {u"dkim.key-published improvement s1"_s});
        r = base();
        r.dkim.first().records = {u"v=DKIM1; p=BBBB"_s};
        row("dkim changed",
            r,
            {u"dkim.key-changed neutral s1"_s},
            {u"dkim.key-changed neutral s1"_s});
        r = base();
        r.findings << Finding{u"dmarc.no-rua"_s, Severity::Warning, {u"a.test"_s}, {}};
        r.findings << Finding{u"spf.present"_s, Severity::Ok, {u"other"_s}, {}}; // ok: ignored
        row("finding",
            r,
            {u"finding.appeared regression dmarc.no-rua,a.test"_s},
            {u"finding.disappeared improvement dmarc.no-rua,a.test"_s});
        r = base();
        r.findings.first().args = {u"?all"_s}; // same id, other args: another finding
        row("finding args",
            r,
            {u"finding.appeared regression spf.softfail,?all"_s,
             u"finding.disappeared improvement spf.softfail,~all"_s},
            {u"finding.appeared regression spf.softfail,~all"_s,
             u"finding.disappeared improvement spf.softfail,?all"_s});
        r = base();
        r.assessment.score = 65;
        row("score",
            r,
            {u"score.changed regression 90,65"_s},
            {u"score.changed improvement 65,90"_s});
    }
    void diff()
    {
        QFETCH(AuditReport, from);
        QFETCH(AuditReport, to);
        QFETCH(QStringList, forward);
        QFETCH(QStringList, backward);
        QCOMPARE(summary(diffChecks(from, to)), forward);
        QCOMPARE(summary(diffChecks(to, from)), backward);
        // The same from the saved JSON of the two reports.
        const auto savedFrom = factsFromJson(toJson(from));
        const auto savedTo = factsFromJson(toJson(to));
        QVERIFY(savedFrom && savedTo);
        QCOMPARE(summary(diffChecks(*savedFrom, *savedTo)), forward);
    }

    void identicalReportsDoNotDiffer()
    {
        QVERIFY(diffChecks(base(), base()).isEmpty());
        QVERIFY(diffChecks(factsOf(base()), *factsFromJson(toJson(base()))).isEmpty());
    }

    // The facts of a report are those read back from its JSON: DMARC policy, MX with STARTTLS,
    // DKIM revocation, findings.
    void factsRoundTripThroughJson()
    {
        AuditReport r = base();
        addHost(r, u"mx2.a.test"_s, Outcome::NoStartTls, 20);
        r.dkim << DkimSelector{u"old"_s, {u"v=DKIM1; p="_s}, std::nullopt, 0};
        const ReportFacts facts = factsOf(r);
        QCOMPARE(facts.dmarcPolicy, std::optional<QString>(u"none"_s));
        QCOMPARE(facts.mx.size(), 2);
        QCOMPARE(facts.mx.at(0).startTls, std::optional<bool>(true));
        QCOMPARE(facts.mx.at(1).startTls, std::optional<bool>(false));
        QVERIFY(!facts.dkim.at(0).revoked);
        QVERIFY(facts.dkim.at(1).revoked);
        const auto read = factsFromJson(toJson(r));
        QVERIFY(read);
        QCOMPARE(*read, facts);
    }

    // A saved report is untrusted: lists over their bounds, or no report at all, are refused.
    void factsFromJsonIsBounded()
    {
        QJsonObject json = toJson(base());
        QJsonArray findings;
        for (int i = 0; i <= MaxFactsFindings; ++i)
            findings.append(QJsonObject{{u"id"_s, u"x"_s}, {u"severity"_s, u"info"_s}});
        json.insert(u"findings"_s, findings);
        QCOMPARE(factsFromJson(json).error().code, ErrorCode::InvalidInput);
        json = toJson(base());
        QJsonArray mx;
        for (int i = 0; i <= MaxFactsItems; ++i)
            mx.append(QJsonObject{{u"exchange"_s, u"mx%1.a.test"_s.arg(i)}});
        json.insert(u"mx"_s, mx);
        QCOMPARE(factsFromJson(json).error().code, ErrorCode::InvalidInput);
        QVERIFY(!factsFromJson(QJsonObject{{u"x"_s, 1}}));
    }

    void textIsOneTranslatedSentence()
    {
        QCOMPARE(changeText({u"dmarc"_s,
                             u"dmarc.policy-changed"_s,
                             {u"none"_s, u"quarantine"_s},
                             ChangeKind::Improvement}),
                 u"DMARC moved from none to quarantine"_s);
        QCOMPARE(changeText({u"mx"_s,
                             u"mx.added-without-starttls"_s,
                             {u"mx2.example.test"_s},
                             ChangeKind::Regression}),
                 u"New MX mx2.example.test without STARTTLS"_s);
        QCOMPARE(changeText({u"dkim"_s, u"dkim.key-revoked"_s, {u"s2"_s}, ChangeKind::Neutral}),
                 u"DKIM key s2 revoked"_s);
        const QString appeared = changeText({u"findings"_s,
                                             u"finding.appeared"_s,
                                             {u"dmarc.policy-none"_s},
                                             ChangeKind::Regression});
        QVERIFY2(appeared.startsWith(u"New: "_s) && !appeared.contains(u"dmarc.policy-none"_s),
                 qPrintable(appeared)); // the catalogue's title, not the id
    }
};

QTEST_GUILESS_MAIN(tst_CheckDiff)
#include "tst_checkdiff.moc"
