#include "model/dns/resolverfactory.h"

#include <QHostAddress>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// How a check's resolver is saved (never translated) and read back in words (issue 12 §4: the
// report to a client never shows the token).
class tst_ResolverDescription : public QObject
{
    Q_OBJECT
private slots:
    void savedThenInWords_data()
    {
        QTest::addColumn<QStringList>("servers");
        QTest::addColumn<bool>("zoneFiles");
        QTest::addColumn<bool>("offline");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("words");
        QTest::newRow("system") << QStringList() << false << false << u"system"_s
                                << u"the system resolver"_s;
        QTest::newRow("servers") << QStringList{u"127.0.0.1:5353"_s, u"::1"_s} << false << false
                                 << u"127.0.0.1:5353, ::1"_s << u"127.0.0.1:5353, ::1"_s;
        QTest::newRow("system + zone files")
            << QStringList() << true << false << u"system + zone files"_s
            << u"the system resolver, with zone files"_s;
        QTest::newRow("offline") << QStringList() << true << true << u"zone files (offline)"_s
                                 << u"zone files only (offline)"_s;
    }
    void savedThenInWords()
    {
        QFETCH(QStringList, servers);
        QFETCH(bool, zoneFiles);
        QFETCH(bool, offline);
        QFETCH(QString, saved);
        QFETCH(QString, words);
        Dns::ResolverSettings settings;
        for (const QString &server : servers)
            settings.servers << *Dns::NameServer::parse(server);
        if (zoneFiles)
            settings.zoneFiles << u"draft.zone"_s;
        settings.offline = offline;
        QCOMPARE(Dns::resolverDescription(settings), saved);
        QCOMPARE(Dns::resolverDescriptionText(saved), words);
    }
};

QTEST_GUILESS_MAIN(tst_ResolverDescription)
#include "tst_resolverdescription.moc"
