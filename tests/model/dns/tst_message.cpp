#include "model/dns/message.h"

#include <QTest>

#include <ldns/ldns.h>

#include <memory>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

namespace {
// The query as ldns builds it from a whole packet: the reference for Message::buildQuery().
QByteArray ldnsQuery(quint16 id, const QString &name, RrType type, const QueryOptions &options)
{
    ldns_rdf *qname = ldns_dname_new_frm_str((name + u'.').toLatin1().constData());
    if (!qname)
        return {};
    ldns_pkt *packet = ldns_pkt_query_new(qname,
                                          static_cast<ldns_rr_type>(type),
                                          LDNS_RR_CLASS_IN,
                                          options.recursionDesired ? LDNS_RD : 0);
    ldns_pkt_set_id(packet, id);
    ldns_pkt_set_cd(packet, options.checkingDisabled);
    if (options.ednsUdpSize > 0) {
        ldns_pkt_set_edns_udp_size(packet, options.ednsUdpSize);
        ldns_pkt_set_edns_do(packet, options.dnssecOk);
    }
    uint8_t *wire = nullptr;
    size_t size = 0;
    const ldns_status status = ldns_pkt2wire(&wire, packet, &size);
    ldns_pkt_free(packet);
    QByteArray bytes = status == LDNS_STATUS_OK
                           ? QByteArray(reinterpret_cast<const char *>(wire), qsizetype(size))
                           : QByteArray();
    free(wire);
    return bytes;
}
} // namespace

class tst_Message : public QObject
{
    Q_OBJECT
private slots:
    void queryIsWhatLdnsWrites_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RrType>("type");
        QTest::addColumn<bool>("rd");
        QTest::addColumn<int>("udp");
        QTest::addColumn<bool>("dnssecOk");
        QTest::addColumn<bool>("cd");
        QTest::newRow("txt, defaults")
            << u"example.com"_s << RrType::TXT << true << 1232 << false << false;
        QTest::newRow("dkim name") << u"selector1._domainkey.shop.example"_s << RrType::TXT << true
                                   << 1232 << false << false;
        QTest::newRow("no edns") << u"mx.example.org"_s << RrType::MX << true << 0 << false
                                 << false;
        QTest::newRow("iterative")
            << u"example.net"_s << RrType::NS << false << 1232 << false << false;
        QTest::newRow("dnssec, cd")
            << u"example.test"_s << RrType::DNSKEY << true << 4096 << true << true;
        QTest::newRow("escaped label")
            << u"a\\.b.example"_s << RrType::A << true << 512 << true << false;
        QTest::newRow("decimal escape")
            << u"\\065\\032x.example"_s << RrType::AAAA << true << 1232 << false << true;
        QTest::newRow("63-octet label")
            << QString(63, u'x') + u".example"_s << RrType::TLSA << true << 1232 << false << false;
    }
    void queryIsWhatLdnsWrites()
    {
        QFETCH(QString, name);
        QFETCH(RrType, type);
        QFETCH(bool, rd);
        QFETCH(int, udp);
        QFETCH(bool, dnssecOk);
        QFETCH(bool, cd);
        QueryOptions options;
        options.recursionDesired = rd;
        options.ednsUdpSize = quint16(udp);
        options.dnssecOk = dnssecOk;
        options.checkingDisabled = cd;
        for (const quint16 id : {quint16(0), quint16(0x1234), quint16(0xffff)}) {
            const auto built = Message::buildQuery(id, name, type, options);
            QVERIFY(built);
            const QByteArray reference = ldnsQuery(id, name, type, options);
            QVERIFY(!reference.isEmpty());
            QCOMPARE(built->toHex(' '), reference.toHex(' '));
            // And it reads back as the same question.
            const auto parsed = Message::parse(*built);
            QVERIFY(parsed);
            QCOMPARE(parsed->id, id);
            QCOMPARE(parsed->questionType, type);
        }
    }

    void badNamesAreRefused()
    {
        QVERIFY(!Message::buildQuery(1, QString(64, u'x') + u".example"_s, RrType::A, {}));
        QVERIFY(!Message::buildQuery(1, u"a..b"_s, RrType::A, {}));
    }
};

QTEST_GUILESS_MAIN(tst_Message)
#include "tst_message.moc"
