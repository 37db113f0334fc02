#include "model/transport/mtastsrecord.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using State = MtaStsRecordSelection::State;

// The _mta-sts TXT record (RFC 8461 §3.1): grammar, selection among several TXT values, and
// the id the wizard writes.
class MtaStsRecordTest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("id"); // empty: invalid
        QTest::newRow("plain") << "v=STSv1; id=20160831085700Z;"_ba << u"20160831085700Z"_s;
        QTest::newRow("no final delimiter") << "v=STSv1; id=abc"_ba << u"abc"_s;
        QTest::newRow("no spaces") << "v=STSv1;id=20180907T090909;"_ba << u"20180907T090909"_s;
        QTest::newRow("extension ignored") << "v=STSv1; id=1; ext.x-1=v@l"_ba << u"1"_s;
        QTest::newRow("32 characters")
            << QByteArray("v=STSv1; id=" + QByteArray(32, 'a')) << QString(32, u'a');
        QTest::newRow("33 characters")
            << QByteArray("v=STSv1; id=" + QByteArray(33, 'a')) << QString();
        QTest::newRow("id with a dash") << "v=STSv1; id=2016-08-31"_ba << QString();
        QTest::newRow("empty id") << "v=STSv1; id=;"_ba << QString();
        QTest::newRow("no id") << "v=STSv1;"_ba << QString();
        QTest::newRow("two ids") << "v=STSv1; id=a; id=b"_ba << QString();
        QTest::newRow("version not first") << "id=1; v=STSv1;"_ba << QString();
        QTest::newRow("other version") << "v=STSv12;id=1;"_ba << QString();
        QTest::newRow("garbage field") << "v=STSv1; id=1; garbage"_ba << QString();
        QTest::newRow("bad extension value") << "v=STSv1; id=1; x=a=b"_ba << QString();
        QTest::newRow("too long") << QByteArray("v=STSv1; id=1; x=" + QByteArray(5000, 'a'))
                                  << QString();
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, id);
        const auto record = parseMtaStsRecord(text);
        QCOMPARE(record.hasValue(), !id.isEmpty());
        if (record)
            QCOMPARE(record->id, id);
        else
            QVERIFY(!record.error().detail.isEmpty());
    }

    // RFC 8461 §3.1: non-STSv1 TXT values are discarded; several STSv1 values are no policy.
    void selection()
    {
        QCOMPARE(selectMtaStsRecord({}).state, State::Absent);
        QCOMPARE(selectMtaStsRecord({"v=spf1 -all"_ba, "v=STSv12; id=1"_ba}).state, State::Absent);
        const auto one = selectMtaStsRecord({"v=spf1 -all"_ba, "v=STSv1; id=7"_ba});
        QCOMPARE(one.state, State::Valid);
        QCOMPARE(one.record.id, u"7"_s);
        QCOMPARE(selectMtaStsRecord({"v=STSv1; id=1"_ba, "v=STSv1; id=2"_ba}).state,
                 State::Multiple);
        const auto bad = selectMtaStsRecord({"v=STSv1; id=x-y"_ba});
        QCOMPARE(bad.state, State::Invalid);
        QVERIFY(!bad.error.isEmpty());
    }

    // The records of the shared conformance cases (postfix-mta-sts-resolver): every case that a
    // sender could use has a valid record; garbage, wrong order and wrong version have none.
    void conformance()
    {
        const QJsonArray cases = QJsonDocument::fromJson(Test::readData(u"mta-sts/cases.json"_s))
                                     .object()
                                     .value("cases"_L1)
                                     .toArray();
        QVERIFY(cases.size() > 10);
        int checked = 0;
        for (const QJsonValue &item : cases) {
            const QJsonObject c = item.toObject();
            const QString domain = c.value("domain"_L1).toString();
            const QJsonValue txt = c.value("txt_record_at__mta-sts"_L1);
            if (!txt.isString() || domain.startsWith(u'.'))
                continue; // no record at all, or a bad domain name (the CLI's input check)
            const bool usable = c.value("expected_fetch_result"_L1).toString() != "NONE"_L1;
            const auto selection = selectMtaStsRecord({txt.toString().toUtf8()});
            QVERIFY2((selection.state == State::Valid) == usable, qPrintable(domain));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }

    void builders()
    {
        QCOMPARE(mtaStsRecordText(u"20261130T120000"_s), u"v=STSv1; id=20261130T120000"_s);
        QVERIFY(parseMtaStsRecord(mtaStsRecordText(u"20261130T120000"_s).toUtf8()));
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0, 5), Qt::UTC);
        QCOMPARE(nextMtaStsId(now), u"20261130T120005"_s);
        QCOMPARE(nextMtaStsId(now, u"20261001T000000"_s), u"20261130T120005"_s);
        // Twice in one second: the id still changes, and stays a valid id.
        const QString again = nextMtaStsId(now, u"20261130T120005"_s);
        QVERIFY(again != u"20261130T120005"_s);
        QVERIFY(parseMtaStsRecord(mtaStsRecordText(again).toUtf8()));
        QVERIFY(nextMtaStsId(now, again) != again);
    }
};

QTEST_GUILESS_MAIN(MtaStsRecordTest)
#include "tst_mtastsrecord.moc"
