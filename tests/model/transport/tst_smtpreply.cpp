#include "model/transport/smtpreply.h"

#include <QTest>

using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

class SmtpReplyTest : public QObject
{
    Q_OBJECT
private slots:
    void replies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<bool>("failed");
        QTest::newRow("banner") << "220 mx ESMTP\r\n"_ba << QList<int>{220} << false;
        QTest::newRow("multi-line")
            << "250-mx\r\n250-STARTTLS\r\n250 SIZE 1000\r\n"_ba << QList<int>{250} << false;
        QTest::newRow("two replies") << "220 hi\r\n250 ok\r\n"_ba << QList<int>{220, 250} << false;
        QTest::newRow("bare LF") << "220 hi\n"_ba << QList<int>{220} << false;
        QTest::newRow("code only") << "250\r\n"_ba << QList<int>{250} << false;
        QTest::newRow("incomplete") << "250-mx\r\n250 ST"_ba << QList<int>{} << false;
        QTest::newRow("not a reply") << "HTTP/1.1 400\r\n"_ba << QList<int>{} << true;
        QTest::newRow("code 1yz") << "150 no\r\n"_ba << QList<int>{} << true;
        QTest::newRow("code changes") << "250-a\r\n251 b\r\n"_ba << QList<int>{} << true;
        QTest::newRow("bad separator") << "250+a\r\n"_ba << QList<int>{} << true;
        QTest::newRow("line too long")
            << QByteArray("250 " + QByteArray(600, 'x') + "\r\n") << QList<int>{} << true;
        QTest::newRow("endless line, no LF") << QByteArray(600, 'x') << QList<int>{} << true;
        QByteArray many;
        for (int i = 0; i < 101; ++i)
            many += "250-x\r\n";
        QTest::newRow("too many lines") << QByteArray(many + "250 end\r\n") << QList<int>{} << true;
    }

    void replies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, codes);
        QFETCH(bool, failed);
        // Whole, then byte by byte: the same replies.
        for (const bool split : {false, true}) {
            SmtpReplyReader reader;
            QList<int> seen;
            if (split) {
                for (const char c : bytes) {
                    reader.feed(QByteArrayView(&c, 1));
                    while (const auto reply = reader.next())
                        seen << reply->code;
                }
            } else {
                reader.feed(bytes);
                while (const auto reply = reader.next())
                    seen << reply->code;
            }
            QCOMPARE(seen, codes);
            QCOMPARE(reader.failed(), failed);
        }
    }

    // Server text is shown escaped (RFC 1035 §5.1 form): no control byte survives, and a
    // backslash cannot forge an escape.
    void textEscaped()
    {
        SmtpReplyReader reader;
        reader.feed("554-mx \x1b[2J\x07 closed\r\n554 a\\b \xff\r\n"_ba);
        const auto reply = reader.next();
        QVERIFY(reply);
        QCOMPARE(reply->lines, QStringList({u"mx \\027[2J\\007 closed"_s, u"a\\\\b \\255"_s}));
    }

    void ehlo()
    {
        SmtpReplyReader reader;
        reader.feed("250-mail.example.test Hello\r\n250-PIPELINING\r\n250-starttls\r\n"
                    "250-AUTH PLAIN login\r\n250 8BITMIME\r\n");
        const auto reply = reader.next();
        QVERIFY(reply);
        QCOMPARE(reply->lines.first(), u"mail.example.test Hello"_s);
        QCOMPARE(reply->ehloKeywords(),
                 QStringList({u"PIPELINING"_s, u"STARTTLS"_s, u"AUTH"_s, u"8BITMIME"_s}));
        QCOMPARE(reply->ehloParameters(u"auth"_s), QStringList({u"PLAIN"_s, u"LOGIN"_s}));
        QCOMPARE(reply->ehloParameters(u"SIZE"_s), QStringList());
        QVERIFY(reply->positive());
    }
};

QTEST_GUILESS_MAIN(SmtpReplyTest)
#include "tst_smtpreply.moc"
