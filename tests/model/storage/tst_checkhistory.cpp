#include "model/audit/auditreportjson.h"
#include "model/audit/reportfacts.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"
#include "model/storage/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Storage;
using namespace Qt::StringLiterals;

namespace {

// A check of domain at `at`, as the CLI saves it.
[[maybe_unused]] CheckEntry entry(const QString &domain,
                                  const QDateTime &at,
                                  const QString &resolver,
                                  bool complete,
                                  std::optional<int> score)
{
    return CheckEntry{
        0, domain, at, resolver, complete, score, complete ? u"good"_s : u"could-not-check"_s};
}
const QDateTime T0 = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
} // namespace

// The checks saved in the workspace (issue 12 §3): newest first, capped per domain, read back
// as they were written, and a damaged or oversized stored report refused.
class tst_CheckHistory : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_workspace.reset();
        auto opened = Workspace::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)));
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
    }

    // A saved report reads back as the same JSON, and its facts are the report's.
    void savesAndReadsBack()
    {
        Audit::AuditReport report;
        report.domain = u"a.test"_s;
        report.spfRecords = {u"v=spf1 mx -all"_s};
        report.mx = {{10, u"mx1.a.test"_s, {u"192.0.2.1"_s}}};
        report.dkim = {{u"s1"_s, {u"v=DKIM1; p="_s}, std::nullopt, 0}};
        report.findings = {{u"dmarc.missing"_s, Severity::Error, {u"a.test"_s}, u"RFC 9989"_s}};
        report.lookups = 5;
        report.assessment.score = 75;
        CheckHistory history(m_workspace.get());
        const auto saved = history.save(entry(u"A.test"_s, T0, u"127.0.0.1:53"_s, true, 75),
                                        Audit::toJson(report));
        QVERIFY2(saved, qPrintable(saved ? QString() : describe(saved.error())));
        QCOMPARE(saved->domain, u"a.test"_s);
        QVERIFY(DomainList(m_workspace.get()).find(u"a.test"_s)); // listed by the save
        const auto loaded = history.load(saved->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->entry.at, T0);
        QCOMPARE(loaded->entry.resolver, u"127.0.0.1:53"_s);
        QCOMPARE(loaded->entry.score, std::optional<int>(75));
        QVERIFY(loaded->entry.complete);
        QCOMPARE(loaded->entry.state, u"good"_s);
        QCOMPARE(loaded->report, Audit::toJson(report));
        const auto facts = Audit::factsFromJson(loaded->report);
        QVERIFY(facts);
        QCOMPARE(*facts, Audit::factsOf(report));
        QVERIFY(facts->dkim.first().revoked);
    }

    // Saves made together are all kept; when the work fails, none is, nor the domains they
    // listed.
    void savesTogetherOrNot()
    {
        CheckHistory history(m_workspace.get());
        const auto kept = history.saveTogether([&]() -> Result<void> {
            for (const QString &domain : {u"t1.test"_s, u"t2.test"_s}) {
                if (const auto saved = history.save(entry(domain, T0, u"system"_s, true, 90), {});
                    !saved)
                    return saved.error();
            }
            return {};
        });
        QVERIFY(kept);
        QCOMPARE(history.list(u"t1.test"_s)->size(), 1);
        QCOMPARE(history.list(u"t2.test"_s)->size(), 1);

        const auto dropped = history.saveTogether([&]() -> Result<void> {
            for (const QString &domain : {u"t1.test"_s, u"t3.test"_s}) {
                if (const auto saved
                    = history.save(entry(domain, T0.addSecs(60), u"system"_s, true, 80), {});
                    !saved)
                    return saved.error();
            }
            return Error{ErrorCode::InvalidInput, u"stopped"_s};
        });
        QVERIFY(!dropped);
        QCOMPARE(dropped.error().detail, u"stopped"_s);
        QCOMPARE(history.list(u"t1.test"_s)->size(), 1);            // the second save of t1 is gone
        QVERIFY(!DomainList(m_workspace.get()).find(u"t3.test"_s)); // and t3 was never listed
        // And the history goes on as before.
        QVERIFY(history.save(entry(u"t3.test"_s, T0, u"system"_s, true, 70), {}));
        QCOMPARE(history.list(u"t3.test"_s)->size(), 1);
    }

    // Newest first; latest() gives each domain's newest; an absent score stays absent.
    void listsNewestFirst()
    {
        CheckHistory history(m_workspace.get());
        QVERIFY(history.save(entry(u"a.test"_s, T0, u"system"_s, true, 50), {}));
        QVERIFY(
            history.save(entry(u"a.test"_s, T0.addDays(2), u"system"_s, false, std::nullopt), {}));
        QVERIFY(history.save(entry(u"a.test"_s, T0.addDays(1), u"system"_s, true, 70), {}));
        QVERIFY(history.save(entry(u"b.test"_s, T0, u"system"_s, true, 90), {}));
        const auto list = history.list(u"a.test"_s);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).at, T0.addDays(2));
        QVERIFY(!list->at(0).score);
        QCOMPARE(list->at(0).state, u"could-not-check"_s);
        QVERIFY(!list->at(0).complete);
        QCOMPARE(list->at(1).at, T0.addDays(1));
        QCOMPARE(list->at(2).at, T0);
        const auto latest = history.latest();
        QVERIFY(latest);
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(0).domain, u"a.test"_s);
        QCOMPARE(latest->at(0).at, T0.addDays(2));
        QCOMPARE(latest->at(1).domain, u"b.test"_s);
        QCOMPARE(history.list(u"absent.test"_s).error().code, ErrorCode::NotFound);
        QCOMPARE(history.load(9999).error().code, ErrorCode::NotFound);
    }

    // At most MaxChecksPerDomain checks per domain: the oldest go, other domains keep theirs.
    void keepsAtMostTheCap()
    {
        CheckHistory history(m_workspace.get());
        QVERIFY(history.save(entry(u"other.test"_s, T0, u"system"_s, true, 1), {}));
        for (int i = 0; i < CheckHistory::MaxChecksPerDomain + 5; ++i)
            QVERIFY(history.save(entry(u"a.test"_s, T0.addSecs(i), u"system"_s, true, i), {}));
        const auto list = history.list(u"a.test"_s);
        QCOMPARE(list->size(), CheckHistory::MaxChecksPerDomain);
        QCOMPARE(list->last().at, T0.addSecs(5));
        QCOMPARE(list->first().at, T0.addSecs(CheckHistory::MaxChecksPerDomain + 4));
        QCOMPARE(history.list(u"other.test"_s)->size(), 1);
    }

    // The workspace file is untrusted when read back: a stored report over the bound, or not a
    // JSON object, is refused as damaged; an oversized report is refused when saved.
    void boundedInput_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("over the bound")
            << "{\"x\":\"" + QByteArray(CheckHistory::MaxReportBytes, 'a') + "\"}";
        QTest::newRow("not JSON") << QByteArray("{\"domain\": tru");
        QTest::newRow("an array") << QByteArray("[1,2]");
    }
    void boundedInput()
    {
        QFETCH(QByteArray, stored);
        CheckHistory history(m_workspace.get());
        const auto saved = history.save(entry(u"a.test"_s, T0, u"system"_s, true, 1), {});
        QVERIFY(saved);
        QSqlQuery query(m_workspace->database());
        query.prepare(u"UPDATE checks SET report = ? WHERE id = ?"_s);
        query.addBindValue(QString::fromUtf8(stored));
        query.addBindValue(saved->id);
        QVERIFY(query.exec());
        const auto loaded = history.load(saved->id);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::FileUnreadable);

        const QJsonObject huge{{u"x"_s, QString(CheckHistory::MaxReportBytes, u'a')}};
        const auto refused = history.save(entry(u"a.test"_s, T0, u"system"_s, true, 1), huge);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(history.list(u"a.test"_s)->size(), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(tst_CheckHistory)
#include "tst_checkhistory.moc"
