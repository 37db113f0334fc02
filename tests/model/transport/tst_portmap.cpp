#include "model/transport/portmap.h"

#include <QTest>

using namespace Sceau;
using Sceau::Transport::PortMap;

class TestPortMap : public QObject
{
    Q_OBJECT
private slots:
    void emptyIsIdentity()
    {
        const auto map = PortMap::parse(QString());
        QVERIFY(map);
        QVERIFY(map->isEmpty());
        QCOMPARE(map->map(25), quint16(25));
    }

    void mapsEachPairAndLeavesOthers()
    {
        const auto map = PortMap::parse(QStringLiteral("443=8443, 25=2525"));
        QVERIFY(map);
        QCOMPARE(map->map(25), quint16(2525));
        QCOMPARE(map->map(443), quint16(8443));
        QCOMPARE(map->map(587), quint16(587));
        QCOMPARE(map->toString(), QStringLiteral("25=2525,443=8443"));
        QCOMPARE(PortMap::parse(map->toString()).value(), *map);
    }

    void refusesBadPairs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no equals") << QStringLiteral("25");
        QTest::newRow("zero") << QStringLiteral("25=0");
        QTest::newRow("too big") << QStringLiteral("70000=25");
        QTest::newRow("words") << QStringLiteral("smtp=2525");
        QTest::newRow("two equals") << QStringLiteral("25=26=27");
        QTest::newRow("empty pair") << QStringLiteral("25=2525,");
        QTest::newRow("twice") << QStringLiteral("25=2525,25=2526");
    }

    void refusesBadPairs()
    {
        QFETCH(QString, text);
        const auto map = PortMap::parse(text);
        QVERIFY(!map);
        QCOMPARE(map.error().code, ErrorCode::InvalidInput);
        QVERIFY(!map.error().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortMap)
#include "tst_portmap.moc"
