#include "model/dns/zonefilereader.h"
#include "model/publish/recordvalue.h"
#include "model/publish/zonesnippet.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Publish;
using namespace Qt::StringLiterals;

// The snippet is what a zone file holds: read back by ldns (the zone-file reader Sceau uses),
// it gives the same canonical values, a long TXT split into strings of at most 255 octets.
class tst_ZoneSnippet : public QObject
{
    Q_OBJECT
private slots:
    void readsBackAsTheSameRrset()
    {
        const QString longKey = u"v=DKIM1; k=rsa; p="_s + QString(400, u'A');
        const RrsetRef ref{u"example.com"_s, u"s1._domainkey.example.com"_s, Dns::RrType::TXT};
        const QString snippet = zoneSnippet(ref, {longKey, u"say \"hi\"; ok"_s}, 300);
        QCOMPARE(snippet.count(u'\n'), 2);
        QVERIFY(snippet.startsWith(u"s1._domainkey.example.com. 300 IN TXT \""_s));

        const QString zone = u"$ORIGIN example.com.\n@ 300 IN SOA ns h 1 1 1 1 1\n"_s + snippet;
        const auto records = Dns::ZoneFileReader::read(zone.toUtf8(), u"example.com"_s);
        QVERIFY2(records, records ? "" : qPrintable(describe(records.error())));
        QStringList values;
        for (const Dns::ResourceRecord &record : records->records) {
            if (record.type == Dns::RrType::TXT) {
                values << canonicalValue(record);
                for (const QByteArray &string : record.txtStrings)
                    QVERIFY(string.size() <= 255);
            }
        }
        QVERIFY(sameRrset(values, {longKey, u"say \"hi\"; ok"_s}));
    }

    void otherTypes()
    {
        const RrsetRef ref{u"example.com"_s, u"example.com"_s, Dns::RrType::MX};
        // Names absolute: under "$ORIGIN example.com." they must not become
        // mail.example.com.example.com.
        QCOMPARE(zoneSnippet(ref, {u"10 mail.example.com"_s}, 3600),
                 u"example.com. 3600 IN MX 10 mail.example.com.\n"_s);
    }

    // What the wizards' models write reads back as one RRset; anything else is refused.
    void rrsetOfSnippet()
    {
        const auto rrset = Publish::rrsetOfSnippet(
            u"_dmarc.example.com. 3600 IN TXT \"v=DMARC1; \" \"p=none\"\n"_s);
        QVERIFY2(rrset, rrset ? "" : qPrintable(rrset.error().detail));
        QCOMPARE(rrset->owner, u"_dmarc.example.com"_s);
        QCOMPARE(rrset->type, Dns::RrType::TXT);
        QCOMPARE(rrset->values, QStringList{u"v=DMARC1; p=none"_s});
        QCOMPARE(rrset->ttl, 3600u);
        QVERIFY(!Publish::rrsetOfSnippet(u""_s));
        QVERIFY(!Publish::rrsetOfSnippet(
            u"a.example. 60 IN TXT \"x\"\nb.example. 60 IN TXT \"y\"\n"_s));
        QVERIFY(!Publish::rrsetOfSnippet(u"a.example. 60 IN MX not-a-preference\n"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ZoneSnippet)
#include "tst_zonesnippet.moc"
