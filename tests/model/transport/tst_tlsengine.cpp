#include "model/transport/tlsengine.h"
#include "model/transport/tlshandshake.h"
#include "tests/support/await.h"
#include "tls/opensslserver.h"
#include "tls/testpki.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Sceau::Transport::TlsVersion)
Q_DECLARE_METATYPE(Sceau::Transport::HandshakeOutcome::Status)

// The TLS client engine and its handshake over a socket, against a real TLS server
// (openssl s_server) with certificates from a CA made at test time.
class TlsEngineTest : public QObject
{
    Q_OBJECT
private:
    HandshakeOutcome handshake(quint16 port, const TlsClientOptions &options, int timeoutMs = 10000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        if (socket.state() != QAbstractSocket::ConnectedState && !connected.wait(10000))
            qFatal("cannot connect to 127.0.0.1:%u", port);
        auto engine = TlsEngine::client(options);
        if (!engine)
            qFatal("no TLS engine: %s", qPrintable(engine.error().detail));
        return Test::await(runHandshake(&socket, engine->get(), timeoutMs));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    Test::TestPki::Issued m_leaf;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_leaf = m_pki->issue(u"mx"_s, {u"mail.example.test"_s});
    }

    void versions_data()
    {
        QTest::addColumn<QStringList>("server");
        QTest::addColumn<TlsVersion>("minimum");
        QTest::addColumn<TlsVersion>("maximum");
        QTest::addColumn<HandshakeOutcome::Status>("status");
        QTest::addColumn<TlsVersion>("protocol");
        const QStringList legacy{u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s};
        using S = HandshakeOutcome::Status;
        QTest::newRow("modern server, default client")
            << QStringList() << TlsVersion::Tls1_2 << TlsVersion::Tls1_3 << S::Established
            << TlsVersion::Tls1_3;
        QTest::newRow("1.2-only server")
            << QStringList{u"-tls1_2"_s} << TlsVersion::Tls1_2 << TlsVersion::Tls1_3
            << S::Established << TlsVersion::Tls1_2;
        QTest::newRow("1.0-only server, default client refuses")
            << (QStringList{u"-tls1"_s} + legacy) << TlsVersion::Tls1_2 << TlsVersion::Tls1_3
            << S::Refused << TlsVersion::Tls1_2;
        QTest::newRow("1.0-only server, 1.0 client")
            << (QStringList{u"-tls1"_s} + legacy) << TlsVersion::Tls1_0 << TlsVersion::Tls1_0
            << S::Established << TlsVersion::Tls1_0;
        QTest::newRow("1.1-only server, 1.1 client")
            << (QStringList{u"-tls1_1"_s} + legacy) << TlsVersion::Tls1_1 << TlsVersion::Tls1_1
            << S::Established << TlsVersion::Tls1_1;
        QTest::newRow("modern server refuses a 1.0 client")
            << QStringList() << TlsVersion::Tls1_0 << TlsVersion::Tls1_0 << S::Refused
            << TlsVersion::Tls1_2;
        QTest::newRow("1.3-only server refuses a 1.2 client")
            << QStringList{u"-tls1_3"_s} << TlsVersion::Tls1_2 << TlsVersion::Tls1_2 << S::Refused
            << TlsVersion::Tls1_2;
    }

    void versions()
    {
        QFETCH(QStringList, server);
        QFETCH(TlsVersion, minimum);
        QFETCH(TlsVersion, maximum);
        QFETCH(HandshakeOutcome::Status, status);
        QFETCH(TlsVersion, protocol);
        Test::OpenSslServer tls(m_leaf, server);
        TlsClientOptions options;
        options.serverName = u"mail.example.test"_s;
        options.minimum = minimum;
        options.maximum = maximum;
        const HandshakeOutcome outcome = handshake(tls.port(), options);
        QCOMPARE(outcome.status, status);
        if (status != HandshakeOutcome::Status::Established) {
            QVERIFY(!outcome.detail.isEmpty());
            return;
        }
        QCOMPARE(outcome.info.protocol, protocol);
        QVERIFY(!outcome.info.cipher.isEmpty());
        QCOMPARE(outcome.info.chain.size(), 2); // leaf and CA, as the server sends them
    }

    void negotiatedDetails()
    {
        Test::OpenSslServer tls(m_leaf, {u"-groups"_s, u"P-256"_s});
        const HandshakeOutcome outcome = handshake(tls.port(), {});
        QCOMPARE(outcome.status, HandshakeOutcome::Status::Established);
        QCOMPARE(outcome.info.protocol, TlsVersion::Tls1_3);
        QCOMPARE(outcome.info.group, u"secp256r1"_s);
        QVERIFY2(outcome.info.cipher.startsWith(u"TLS_AES_"), qPrintable(outcome.info.cipher));

        Test::OpenSslServer tls12(m_leaf, {u"-tls1_2"_s, u"-groups"_s, u"X25519"_s});
        const HandshakeOutcome twelve = handshake(tls12.port(), {});
        QCOMPARE(twelve.status, HandshakeOutcome::Status::Established);
        QCOMPARE(twelve.info.group, u"x25519"_s);
        QVERIFY2(twelve.info.cipher.startsWith(u"TLS_ECDHE_ECDSA_WITH_"),
                 qPrintable(twelve.info.cipher));
    }

    void closedBeforeTheHandshakeEnds()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->disconnectFromHost(); });
        });
        const HandshakeOutcome outcome = handshake(server.serverPort(), {});
        QCOMPARE(outcome.status, HandshakeOutcome::Status::Closed);
    }

    void silentServerTimesOut()
    {
        QTcpServer server; // accepts, then says nothing
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const HandshakeOutcome outcome = handshake(server.serverPort(), {}, 300);
        QCOMPARE(outcome.status, HandshakeOutcome::Status::TimedOut);
    }
};

QTEST_GUILESS_MAIN(TlsEngineTest)
#include "tst_tlsengine.moc"
