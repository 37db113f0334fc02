#include "model/transport/httpresponsereader.h"

#include <QTest>

using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using State = HttpResponseReader::State;

// One HTTP/1.1 response, fed byte by byte or at once: framing and bounds.
class HttpResponseReaderTest : public QObject
{
    Q_OBJECT
private:
    static HttpResponseReader read(const QByteArray &bytes, qsizetype limit, bool byteByByte)
    {
        HttpResponseReader reader(limit);
        if (byteByByte) {
            for (char c : bytes)
                reader.feed(QByteArrayView(&c, 1));
        } else {
            reader.feed(bytes);
        }
        if (!reader.done())
            reader.finish();
        return reader;
    }

private slots:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("state");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("length") << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA"_ba
                                << int(State::Complete) << "hello"_ba;
        QTest::newRow("close") << "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello"_ba
                               << int(State::Complete) << "hello"_ba;
        QTest::newRow("chunked") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    "3;x=1\r\nhel\r\n2\r\nlo\r\n0\r\nTrailer: 1\r\n\r\n"_ba
                                 << int(State::Complete) << "hello"_ba;
        QTest::newRow("LF only") << "HTTP/1.1 404 Not Found\nContent-Length: 2\n\nno"_ba
                                 << int(State::Complete) << "no"_ba;
        QTest::newRow("length over limit") << "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n"_ba
                                           << int(State::TooLarge) << QByteArray();
        QTest::newRow("close over limit")
            << "HTTP/1.1 200 OK\r\n\r\n0123456789A"_ba << int(State::TooLarge) << QByteArray();
        QTest::newRow("chunk over limit")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n012345\r\n6\r\n"_ba
            << int(State::TooLarge) << QByteArray();
        QTest::newRow("truncated") << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel"_ba
                                   << int(State::Malformed) << QByteArray();
        QTest::newRow("not HTTP") << "SSH-2.0-OpenSSH\r\n\r\n"_ba << int(State::Malformed)
                                  << QByteArray();
        QTest::newRow("bad chunk size")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba
            << int(State::Malformed) << QByteArray();
        QTest::newRow("head too large") << "HTTP/1.1 200 OK\r\nX: "_ba + QByteArray(20000, 'a')
                                        << int(State::Malformed) << QByteArray();
    }
    void framing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, state);
        QFETCH(QByteArray, body);
        for (const bool byteByByte : {false, true}) {
            const HttpResponseReader reader = read(bytes, 10, byteByByte);
            QVERIFY2(int(reader.state()) == state,
                     qPrintable(reader.error() + (byteByByte ? u" bytewise"_s : u" whole"_s)));
            if (reader.state() == State::Complete)
                QCOMPARE(reader.body(), body);
        }
    }

    void headers()
    {
        HttpResponseReader reader(100);
        reader.feed(
            "HTTP/1.1 301 Moved\r\nlocation:  https://x.example/ \r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(reader.state(), State::Complete);
        QCOMPARE(reader.status(), 301);
        QCOMPARE(reader.header("Location"), "https://x.example/"_ba);
        QVERIFY(reader.header("Content-Type").isEmpty());
    }
};

QTEST_GUILESS_MAIN(HttpResponseReaderTest)
#include "tst_httpresponsereader.moc"
