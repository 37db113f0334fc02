#include "model/dns/ldnsrecord.h"

#include <QTest>

#include <cstdlib>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
// A domain name in wire form (RFC 1035 §3.1) from its labels.
QByteArray wire(const QList<QByteArray> &labels)
{
    QByteArray data;
    for (const QByteArray &label : labels)
        data += char(label.size()) + label;
    return data + '\0';
}

// What ldns itself writes for the name, normalized as dnameToString() promises.
QString reference(const ldns_rdf *rdf)
{
    char *text = ldns_rdf2str(rdf);
    QString name = QString::fromUtf8(text).toLower();
    std::free(text);
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}
} // namespace

// The text of a domain name is Sceau's own (not ldns_rdf2str's printf per byte, the hot spot of
// every answer): it must be exactly ldns's text, escapes included, for every byte value.
class tst_LdnsRecord : public QObject
{
    Q_OBJECT
private slots:
    void dnameTextIsLdnsText_data()
    {
        QTest::addColumn<QList<QByteArray>>("labels");
        QTest::newRow("root") << QList<QByteArray>{};
        QTest::newRow("plain") << QList<QByteArray>{"Mail", "Example", "COM"};
        QTest::newRow("underscore") << QList<QByteArray>{"_dmarc", "example", "com"};
        QTest::newRow("specials") << QList<QByteArray>{"a.b;c(d)e\\f\"g@h$i", "test"};
        QTest::newRow("space and del") << QList<QByteArray>{QByteArray("a b\x7f", 4), "test"};
        QTest::newRow("longest label") << QList<QByteArray>{QByteArray(63, 'x'), "test"};
        QList<QByteArray> everyByte;
        for (int first = 0; first < 256; first += 32) {
            QByteArray label;
            for (int c = first; c < first + 32; ++c)
                label += char(c);
            everyByte << label;
        }
        QTest::newRow("every byte") << everyByte;
    }
    void dnameTextIsLdnsText()
    {
        QFETCH(QList<QByteArray>, labels);
        const QByteArray data = wire(labels);
        ldns_rdf *rdf
            = ldns_rdf_new_frm_data(LDNS_RDF_TYPE_DNAME, size_t(data.size()), data.constData());
        QVERIFY(rdf);
        const QString ours = Dns::Ldns::dnameToString(rdf);
        const QString theirs = reference(rdf);
        ldns_rdf_deep_free(rdf);
        QCOMPARE(ours, theirs);
    }
};

QTEST_GUILESS_MAIN(tst_LdnsRecord)
#include "tst_ldnsrecord.moc"
