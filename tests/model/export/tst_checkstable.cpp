#include "exportfixture.h"

#include "model/export/checkstable.h"
#include "model/export/exportedcheck.h"
#include "model/export/exportformat.h"
#include "model/storage/workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;

// Checks as CSV and JSON, and which saved checks an export takes (issue 12 §4).
class tst_ChecksTable : public QObject
{
    Q_OBJECT
private slots:
    void csvQuotesAndGuardsFields()
    {
        Export::ExportedCheck check
            = Test::exported(Test::hostileReport(u"a.test"_s), u"=HYPERLINK(\"x\"), Inc"_s);
        const QList<QByteArray> lines = Export::checksCsv({check}).split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
                 "domain,client,tags,checked_at,resolver,complete,state,score,spf,dkim,dmarc,"
                 "bimi,mx,transport,dnssec,errors,warnings,could_not_check\r");
        const QByteArray row = lines.at(1);
        QVERIFY(row.endsWith('\r'));
        // RFC 4180 quoting, and a formula never starts a field.
        QVERIFY2(row.startsWith("a.test,\"'=HYPERLINK(\"\"x\"\"), Inc\",gold;eu,"
                                "2026-11-30T09:30:00Z,127.0.0.1:53,false,"),
                 row.constData());
        const Audit::AuditReport report = Test::hostileReport(u"a.test"_s);
        QByteArray areas;
        for (const Audit::AreaAssessment &area : report.assessment.areas)
            areas += ',' + Audit::AreaStates.token(area.state).toLatin1();
        const QByteArray score = report.score() ? QByteArray::number(*report.score()) : "";
        QVERIFY2(row.endsWith(Audit::OverallStates.token(report.assessment.state).toLatin1() + ','
                              + score + areas + ",1,1,1\r"),
                 row.constData());
    }

    void jsonCarriesTheEntryAndTheReport()
    {
        const Export::ExportedCheck check
            = Test::exported(Test::hostileReport(u"a.test"_s), u"Alpha"_s);
        const QJsonArray json = Export::checksJson({check});
        QCOMPARE(json.size(), 1);
        const QJsonObject first = json.at(0).toObject();
        QCOMPARE(first.value(u"client"_s).toString(), u"Alpha"_s);
        QCOMPARE(first.value(u"check"_s).toObject().value(u"at"_s).toString(),
                 u"2026-11-30T09:30:00Z"_s);
        QCOMPARE(first.value(u"report"_s).toObject(), check.report);
    }

    void formatFromTheFileName()
    {
        QCOMPARE(Export::formatOfPath(u"/tmp/Client.PDF"_s), Export::Format::Pdf);
        QCOMPARE(Export::formatOfPath(u"r.htm"_s), Export::Format::Html);
        QCOMPARE(Export::formatOfPath(u"r.csv"_s), Export::Format::Csv);
        QCOMPARE(Export::formatOfPath(u"r.txt"_s), std::nullopt);
    }

    // The latest saved check of each domain asked for, or of the whole list; a listed domain
    // never checked is named, an unlisted one is an error.
    void latestChecksOfTheWorkspace()
    {
        QTemporaryDir dir;
        auto workspace = Storage::Workspace::open(dir.filePath(u"w.sqlite"_s));
        QVERIFY(workspace);
        Storage::DomainList list(workspace->get());
        Storage::CheckHistory history(workspace->get());
        QVERIFY(list.add(u"a.test"_s, u"Alpha"_s));
        QVERIFY(list.add(u"b.test"_s));
        QVERIFY(list.add(u"never.test"_s));
        const auto save = [&](const QString &domain, int hour) {
            Export::ExportedCheck check = Test::exported(Test::hostileReport(domain), {});
            check.check.at = QDateTime(QDate(2026, 11, 30), QTime(hour, 0), Qt::UTC);
            check.report.insert(u"marker"_s, hour);
            return history.save(check.check, check.report).hasValue();
        };
        QVERIFY(save(u"a.test"_s, 8));
        QVERIFY(save(u"a.test"_s, 9));
        QVERIFY(save(u"b.test"_s, 7));

        const auto all = Export::latestChecks(workspace->get(), {});
        QVERIFY(all);
        QCOMPARE(all->checks.size(), 2);
        QCOMPARE(all->checks.at(0).domain.name, u"a.test"_s);
        QCOMPARE(all->checks.at(0).domain.client, u"Alpha"_s);
        QCOMPARE(all->checks.at(0).report.value(u"marker"_s).toInt(), 9);
        QCOMPARE(all->checks.at(1).domain.name, u"b.test"_s);
        QCOMPARE(all->unchecked, QStringList{u"never.test"_s});

        const auto some = Export::latestChecks(workspace->get(), {u"B.TEST"_s});
        QVERIFY(some);
        QCOMPARE(some->checks.size(), 1);
        QCOMPARE(some->checks.at(0).report.value(u"marker"_s).toInt(), 7);

        const auto unlisted = Export::latestChecks(workspace->get(), {u"c.test"_s});
        QVERIFY(!unlisted);
        QCOMPARE(unlisted.error().code, ErrorCode::NotFound);
    }
};

QTEST_MAIN(tst_ChecksTable)
#include "tst_checkstable.moc"
