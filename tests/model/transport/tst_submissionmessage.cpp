#include "model/transport/submissionmessage.h"

#include <QTest>
#include <QTimeZone>

using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

// The test message and the addresses Sceau puts in MAIL FROM / RCPT TO as they are.
class SubmissionMessageTest : public QObject
{
    Q_OBJECT
private slots:
    void plainAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("plain");
        QTest::newRow("simple") << u"alice@example.com"_s << true;
        QTest::newRow("plus") << u"alice+test@mail.example.com"_s << true;
        QTest::newRow("no at") << u"alice"_s << false;
        QTest::newRow("two ats") << u"a@b@example.com"_s << false;
        QTest::newRow("empty local") << u"@example.com"_s << false;
        QTest::newRow("empty domain") << u"alice@"_s << false;
        QTest::newRow("crlf injection") << u"a@b.example\r\nRCPT TO:<x@y>"_s << false;
        QTest::newRow("space") << u"a b@example.com"_s << false;
        QTest::newRow("angle") << u"a>@example.com"_s << false;
        QTest::newRow("non-ascii") << u"é@example.com"_s << false;
        QTest::newRow("255 long") << (QString(243, u'a') + u"@example.com"_s) << false;
        QTest::newRow("254 long") << (QString(242, u'a') + u"@example.com"_s) << true;
    }
    void plainAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, plain);
        QCOMPARE(isPlainAddress(address), plain);
    }

    void message()
    {
        const QDateTime now(QDate(2026, 3, 5), QTime(7, 8, 9), Qt::UTC);
        const SubmissionMessage m
            = submissionMessage(u"a@example.com"_s, u"b@example.net"_s, u"client.example"_s, now);
        QVERIFY(m.messageId.endsWith(u"@client.example"_s));
        QVERIFY(m.text.contains("\r\nDate: Thu, 5 Mar 2026 07:08:09 +0000\r\n")); // RFC 5322 §3.3
        QVERIFY(m.text.contains("\r\nMessage-ID: <" + m.messageId.toLatin1() + ">\r\n"));
        QVERIFY(m.text.startsWith("From: <a@example.com>\r\nTo: <b@example.net>\r\n"));
        QVERIFY(m.text.endsWith("\r\n"));
        for (const QByteArray &line : m.text.split('\n')) {
            QVERIFY(!line.startsWith('.')); // nothing to dot-stuff
            QVERIFY(line.isEmpty() || line.endsWith('\r') || line == m.text.split('\n').last());
        }
        QCOMPARE(m.text.count("\r\n"), m.text.count('\n')); // CRLF only
        // Two messages never share a Message-ID.
        QVERIFY(submissionMessage(u"a@example.com"_s, u"b@example.net"_s, {}, now).messageId
                != m.messageId);
    }
};

QTEST_GUILESS_MAIN(SubmissionMessageTest)
#include "tst_submissionmessage.moc"
