#include "model/dmarc/reportimport.h"
#include "model/dmarc/reportstore.h"
#include "model/dmarc/sourceadvice.h"
#include "model/storage/workspace.h"
#include "tests/support/testenv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dmarc;
using namespace Qt::StringLiterals;

namespace {
QDateTime day(int d)
{
    return QDateTime(QDate(2024, 3, d), QTime(0, 0), Qt::UTC);
}

ReportRecord row(const char *ip,
                 qint64 count,
                 const char *dkim,
                 const char *spf,
                 QList<AuthResult> dkimResults = {},
                 QList<AuthResult> spfResults = {})
{
    ReportRecord record;
    record.sourceIp = QString::fromLatin1(ip);
    record.count = count;
    record.disposition = u"none"_s;
    record.dkim = QString::fromLatin1(dkim);
    record.spf = QString::fromLatin1(spf);
    record.headerFrom = u"example.com"_s;
    record.dkimResults = dkimResults;
    record.spfResults = spfResults;
    return record;
}

AggregateReport report(const QString &org, const QString &id, int firstDay)
{
    AggregateReport report;
    report.orgName = org;
    report.reportId = id;
    report.begin = day(firstDay);
    report.end = day(firstDay + 1).addSecs(-1);
    report.policy.domain = u"example.com"_s;
    report.policy.p = u"none"_s;
    return report;
}
} // namespace

// The workspace's report tables through ReportStore: a round trip of the samples, no duplicate
// on re-import, per-source summaries and timeline, DKIM selectors, the rollout evidence, and
// the advice for failing sources.
class ReportStoreTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Storage::Workspace::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)));
        QVERIFY(opened);
        m_workspace = std::move(*opened);
    }
    void cleanup() { m_workspace.reset(); }

    // The 909 KB sample stored and listed; a second import of it adds nothing.
    void roundTripAndDedupe()
    {
        ReportStore store(m_workspace.get());
        const auto read = readReportPath(Test::dataPath(
            u"dmarc/aggregate/parsedmarc/!large-example.com!1711897200!1711983600.xml"_s));
        QVERIFY(read.first().aggregate);
        QCOMPARE(store.add(*read.first().aggregate).value(), true);
        QCOMPARE(store.add(*read.first().aggregate).value(), false);
        const auto sample
            = readReportPath(Test::dataPath(u"dmarc/aggregate/parsedmarc/rfc9990-sample.xml"_s));
        QCOMPARE(store.add(*sample.first().aggregate).value(), true);
        const auto listed = store.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().reportId, u"example.com:1711897200"_s); // newest period first
        QCOMPARE(listed->first().records, 2286);
        QCOMPARE(listed->first().messages, 2286);
        QCOMPARE(listed->last().format, ReportFormat::Rfc9990);
        QCOMPARE(listed->last().messages, 123);
        QCOMPARE(store.policyDomains().value(), QStringList{u"example.com"_s});
        // Same report id from another reporter is another report.
        AggregateReport other = *sample.first().aggregate;
        other.orgName = u"Other"_s;
        QCOMPARE(store.add(other).value(), true);
        QCOMPARE(store.list(u"example.com"_s)->size(), 3);
        QVERIFY(store.list(u"other.example"_s)->isEmpty());
    }

    void sourcesTimelineEvidence()
    {
        ReportStore store(m_workspace.get());
        AggregateReport first = report(u"google.com"_s, u"1"_s, 1);
        first.records
            = {row("192.0.2.1", 90, "pass", "pass", {{u"example.com"_s, u"s1"_s, {}, u"pass"_s}}),
               row("198.51.100.7",
                   10,
                   "fail",
                   "fail",
                   {{u"esp.example"_s, u"k1"_s, {}, u"pass"_s}},
                   {{u"bounce.esp.example"_s, {}, u"mfrom"_s, u"pass"_s}})};
        AggregateReport second = report(u"yahoo.com"_s, u"2"_s, 5);
        second.records
            = {row("192.0.2.1", 40, "pass", "fail", {{u"example.com"_s, u"s2"_s, {}, u"pass"_s}}),
               row("198.51.100.7", 5, "fail", "fail"),
               row("203.0.113.9", 25, "fail", "fail")};
        QVERIFY(store.add(first).value());
        QVERIFY(store.add(second).value());

        const auto sources = store.sources(u"example.com"_s);
        QVERIFY(sources);
        QCOMPARE(sources->size(), 3);
        const SourceSummary &top = sources->first();
        QCOMPARE(top.impact.sourceIp, u"192.0.2.1"_s);
        QCOMPARE(top.impact.messages, 130);
        QCOMPARE(top.impact.failingMessages, 0);
        QVERIFY(top.impact.dkimAligned && top.impact.spfAligned);
        QCOMPARE(top.reports, 2);
        QCOMPARE(top.firstSeen, day(1));
        const SourceSummary &esp = sources->at(2);
        QCOMPARE(esp.impact.sourceIp, u"198.51.100.7"_s);
        QCOMPARE(esp.impact.failingMessages, 15);
        QCOMPARE(esp.dkimPassDomains, QStringList{u"esp.example"_s});
        QCOMPARE(esp.spfPassDomains, QStringList{u"bounce.esp.example"_s});

        // A window on the second report only.
        QCOMPARE(store.sources(u"example.com"_s, day(4), day(10))->first().impact.messages, 40);

        const auto timeline = store.timeline(u"example.com"_s, u"198.51.100.7"_s);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 2);
        QCOMPARE(timeline->first().day, QDate(2024, 3, 1));
        QCOMPARE(timeline->first().failing, 10);
        QCOMPARE(timeline->last().failing, 5);

        const auto selectors = store.dkimSelectors();
        QVERIFY(selectors);
        QCOMPARE(selectors->value(u"example.com"_s), (QStringList{u"s1"_s, u"s2"_s}));
        QCOMPARE(selectors->value(u"esp.example"_s), QStringList{u"k1"_s});

        const auto evidence = store.evidence(u"example.com"_s);
        QVERIFY(evidence);
        QCOMPARE(evidence->reports, 2);
        QCOMPARE(evidence->messages, 170);
        QCOMPARE(evidence->passingAligned, 130);
        QCOMPARE(evidence->begin, day(1));
        QCOMPARE(evidence->end, day(6).addSecs(-1));
        QCOMPARE(evidence->failingSources.size(), 2);
        QCOMPARE(evidence->failingSources.first().sourceIp, u"203.0.113.9"_s); // most failing
        QCOMPARE(evidence->failingSources.first().failingMessages, 25);
        QCOMPARE(evidence->failingSources.last().failingMessages, 15);
        QVERIFY(qAbs(evidence->passShare() - 130.0 / 170.0) < 1e-9);

        const auto later = store.evidence(u"example.com"_s, day(20), day(25));
        QCOMPARE(later->reports, 0);
        QVERIFY(!later->begin.isValid());
        QCOMPARE(later->passShare(), 0.0);

        // The advice for each failing source, from the model.
        const SourceAdvice espAdvice = adviseSource(esp);
        QVERIFY(espAdvice.failing);
        QVERIFY2(espAdvice.why.contains(u"d=esp.example"_s), qPrintable(espAdvice.why));
        QVERIFY(espAdvice.suggestion.contains(u"d=example.com"_s));
        const SourceAdvice unknown = adviseSource(sources->at(1));
        QVERIFY(unknown.why.contains(u"not in your SPF record"_s));
        QVERIFY(unknown.suggestion.contains(u"SPF record of example.com"_s));
        QVERIFY(!adviseSource(top).failing);
    }

    void adviceForSpfAndForwarding()
    {
        SourceSummary source;
        source.policyDomain = u"example.com"_s;
        source.impact.sourceIp = u"192.0.2.5"_s;
        source.impact.headerFrom = u"example.com"_s;
        source.impact.messages = source.impact.failingMessages = 4;
        source.spfPassDomains = {u"mail.sender.example"_s};
        source.impact.spfDomains = source.spfPassDomains;
        QVERIFY(adviseSource(source).suggestion.contains(u"add its include"_s));
        source.spfPassDomains = {u"bounce.example.com"_s}; // aligned under relaxed: not the cause
        source.impact.dkimDomains = {u"example.com"_s};
        QVERIFY(adviseSource(source).why.contains(u"do not verify"_s));
        source.reasons = {u"mailing_list"_s};
        QVERIFY(adviseSource(source).suggestion.contains(u"survives forwarding"_s));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Storage::Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(ReportStoreTest)
#include "tst_reportstore.moc"
