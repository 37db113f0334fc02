#include "model/publish/cloudflarepublisher.h"
#include "tests/support/await.h"
#include "tests/support/dnsapi/dnsapitestserver.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Publish;
using Dns::RrType;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Token = "cf-test-token-5f1e9a";

QJsonObject
record(const QString &id, const QString &type, const QString &name, const QString &content)
{
    return {{u"id"_s, id},
            {u"zone_id"_s, u"zone-1"_s},
            {u"type"_s, type},
            {u"name"_s, name},
            {u"content"_s, content},
            {u"ttl"_s, 300}};
}

// example.test: a split SPF at the apex beside an MX (another type at the same name), a decoy
// at another name, a TXT stored as two strings, three records of one RRset (two pages of two),
// and a TXT stored the legacy way, unquoted. other.test is another zone.
QJsonObject seed()
{
    QJsonObject mx = record(u"mx"_s, u"MX"_s, u"example.test"_s, u"mx.example.test"_s);
    mx.insert(u"priority", 10);
    return {
        {u"zones"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"zone-1"_s}, {u"name"_s, u"example.test"_s}},
                    QJsonObject{{u"id"_s, u"zone-2"_s}, {u"name"_s, u"other.test"_s}}}},
        {u"records"_s,
         QJsonArray{record(u"spf"_s, u"TXT"_s, u"example.test"_s, u"\"v=spf1 \" \"-all\""_s),
                    mx,
                    record(u"decoy"_s, u"TXT"_s, u"decoy.example.test"_s, u"\"decoy\""_s),
                    record(u"ab"_s, u"TXT"_s, u"ab.example.test"_s, u"\"a\" \"b\""_s),
                    record(u"m1"_s, u"TXT"_s, u"multi.example.test"_s, u"\"one\""_s),
                    record(u"m2"_s, u"TXT"_s, u"multi.example.test"_s, u"\"two\""_s),
                    record(u"m3"_s, u"TXT"_s, u"multi.example.test"_s, u"\"three\""_s),
                    record(u"legacy"_s, u"TXT"_s, u"legacy.example.test"_s, u"hello world"_s)}}};
}

RrsetRef at(const QString &name, RrType type = RrType::TXT)
{
    return {
        u"example.test"_s, name.isEmpty() ? u"example.test"_s : name + u".example.test"_s, type};
}

// The records of the state, by id.
QMap<QString, QJsonObject> byId(const QJsonObject &state)
{
    QMap<QString, QJsonObject> records;
    for (const QJsonValue &value : state.value(u"records").toArray())
        records.insert(value.toObject().value(u"id").toString(), value.toObject());
    return records;
}

// The records of the state at name (absolute) of type.
QList<QJsonObject> recordsAt(const QJsonObject &state, const QString &name, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonObject &record : byId(state)) {
        if (record.value(u"name").toString() == name && record.value(u"type").toString() == type)
            found << record;
    }
    return found;
}
} // namespace

// CloudflarePublisher against the suite's Cloudflare API server (a fresh one for each test, its
// state seeded by seed()): every assertion is on what the server holds afterwards, and every
// test that changes one RRset checks that no other record moved.
class CloudflarePublisherTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    Test::TestPki::Issued m_certificate;
    std::unique_ptr<Test::DnsApiTestServer> m_server;
    std::unique_ptr<CloudflarePublisher> m_publisher;

    std::unique_ptr<CloudflarePublisher> publisher(const QByteArray &token,
                                                   const QList<QSslCertificate> &cas)
    {
        return std::make_unique<CloudflarePublisher>(token, m_server->baseUrl(), cas, 5000);
    }

    // The records of the server but those at name (absolute) of type are the seeded ones.
    void othersUntouched(const QString &name, const QString &type)
    {
        QMap<QString, QJsonObject> before = byId(seed());
        QMap<QString, QJsonObject> now = byId(m_server->state());
        for (auto *records : {&before, &now})
            records->removeIf([&](auto it) {
                return it.value().value(u"name").toString() == name
                       && it.value().value(u"type").toString() == type;
            });
        QCOMPARE(now, before);
    }

    int writes() { return m_server->state().value(u"writes").toInt(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_certificate = m_pki->issue(u"cloudflare"_s, {u"localhost"_s});
    }

    void init()
    {
        m_publisher.reset();
        m_server = std::make_unique<Test::DnsApiTestServer>(
            Test::DnsApiTestServer::Api::Cloudflare,
            m_certificate,
            m_pki->caCertificate(),
            seed(),
            QStringList{u"--token"_s, QString::fromLatin1(Token), u"--max-per-page"_s, u"2"_s});
        m_publisher = publisher(Token, m_server->ca());
    }

    void capabilities() { QVERIFY(!m_publisher->capabilities().atomicGuard); }

    // Split strings, the legacy unquoted form, an MX's priority, and an RRset over two pages
    // read as the values a person knows.
    void readNormalises()
    {
        const auto read = [&](const RrsetRef &ref) {
            const CurrentRrset now = Test::await(m_publisher->read(ref));
            [&] { QVERIFY2(!now.failed(), qPrintable(now.failure.value_or(QString()))); }();
            return now.values;
        };
        QCOMPARE(read(at({})), QStringList{u"v=spf1 -all"_s});
        QCOMPARE(read(at({}, RrType::MX)), QStringList{u"10 mx.example.test"_s});
        QCOMPARE(read(at(u"legacy"_s)), QStringList{u"hello world"_s});
        QCOMPARE(read(at(u"multi"_s)), (QStringList{u"one"_s, u"two"_s, u"three"_s}));
        QVERIFY(read(at(u"nothing"_s)).isEmpty());
        QCOMPARE(writes(), 0);
    }

    void addCreatesExactlyTheRecord()
    {
        const PublishResult result
            = Test::await(m_publisher->add(at(u"new"_s), {u"hello \"world\""_s}, 600));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        const auto created = recordsAt(m_server->state(), u"new.example.test"_s, u"TXT"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().value(u"content").toString(), u"\"hello \\\"world\\\"\""_s);
        QCOMPARE(created.first().value(u"ttl").toInt(), 600);
        othersUntouched(u"new.example.test"_s, u"TXT"_s);
        QCOMPARE(Test::await(m_publisher->read(at(u"new"_s))).values,
                 QStringList{u"hello \"world\""_s});
    }

    void addWhenPresentIsChanged()
    {
        const PublishResult result
            = Test::await(m_publisher->add(at({}), {u"v=spf1 mx -all"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Changed);
        QCOMPARE(result.before, QStringList{u"v=spf1 -all"_s});
        QCOMPARE(byId(m_server->state()), byId(seed()));
        QCOMPARE(writes(), 0);
    }

    // The apex TXT is patched in place (same id); its MX and the decoy stay as they were.
    void replaceWithWhatWasSeen()
    {
        const PublishResult result = Test::await(
            m_publisher->replace(at({}), {u"v=spf1 -all"_s}, {u"v=spf1 mx -all"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        QCOMPARE(result.before, QStringList{u"v=spf1 -all"_s});
        const auto now = recordsAt(m_server->state(), u"example.test"_s, u"TXT"_s);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().value(u"id").toString(), u"spf"_s);
        QCOMPARE(now.first().value(u"content").toString(), u"\"v=spf1 mx -all\""_s);
        QCOMPARE(writes(), 1);
        othersUntouched(u"example.test"_s, u"TXT"_s);
    }

    // Someone else changed the record after the user read it: refused, theirs stays.
    void replaceStaleIsChanged()
    {
        QCOMPARE(Test::await(m_publisher->read(at({}))).values, QStringList{u"v=spf1 -all"_s});
        QJsonObject changed = seed();
        QJsonArray records = changed.value(u"records").toArray();
        records.replace(0, record(u"spf"_s, u"TXT"_s, u"example.test"_s, u"\"v=spf1 a -all\""_s));
        changed.insert(u"records", records);
        m_server->mutate({{u"records"_s, records}});

        const PublishResult result = Test::await(
            m_publisher->replace(at({}), {u"v=spf1 -all"_s}, {u"v=spf1 mx -all"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Changed);
        QCOMPARE(result.before, QStringList{u"v=spf1 a -all"_s});
        QCOMPARE(byId(m_server->state()), byId(changed));
        QCOMPARE(writes(), 0);
    }

    // An RRset of three (two pages) becomes {two, four}: "two" is left alone, one record is
    // patched to "four", the last is deleted. Two writes, nothing else moves.
    void replaceRrsetOfSeveral()
    {
        const PublishResult result = Test::await(m_publisher->replace(
            at(u"multi"_s), {u"three"_s, u"two"_s, u"one"_s}, {u"two"_s, u"four"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        const QMap<QString, QJsonObject> now = byId(m_server->state());
        QCOMPARE(now.value(u"m2"_s), byId(seed()).value(u"m2"_s));
        QStringList contents;
        for (const QJsonObject &record :
             recordsAt(m_server->state(), u"multi.example.test"_s, u"TXT"_s))
            contents << record.value(u"content").toString();
        contents.sort();
        QCOMPARE(contents, (QStringList{u"\"four\""_s, u"\"two\""_s}));
        QCOMPARE(writes(), 2);
        othersUntouched(u"multi.example.test"_s, u"TXT"_s);
    }

    // Stored as "a" "b", asked as ab: the same value. Nothing is sent (Done, "unchanged").
    void sameValueDoesNotChurn()
    {
        const PublishResult result
            = Test::await(m_publisher->replace(at(u"ab"_s), {u"ab"_s}, {u"ab"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        QCOMPARE(result.code, u"unchanged"_s);
        QCOMPARE(writes(), 0);
        QCOMPARE(byId(m_server->state()), byId(seed()));
    }

    void removeGuarded()
    {
        QCOMPARE(Test::await(m_publisher->remove(at(u"decoy"_s), {u"not it"_s})).outcome,
                 PublishOutcome::Changed);
        QCOMPARE(writes(), 0);
        QCOMPARE(Test::await(m_publisher->remove(at(u"decoy"_s), {u"decoy"_s})).outcome,
                 PublishOutcome::Done);
        QVERIFY(recordsAt(m_server->state(), u"decoy.example.test"_s, u"TXT"_s).isEmpty());
        othersUntouched(u"decoy.example.test"_s, u"TXT"_s);
    }

    // A zone the token cannot see: Failed, nothing written.
    void unknownZoneFails()
    {
        const PublishResult result = Test::await(
            m_publisher->add({u"absent.test"_s, u"absent.test"_s, RrType::TXT}, {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Failed);
        QCOMPARE(result.code, u"no-zone"_s);
        QCOMPARE(writes(), 0);
    }

    // The server refuses the token (and quotes it back): Failed "http-403", the token in no
    // detail, nothing written.
    void wrongTokenFails()
    {
        const QByteArray wrong = "wrong-token-8c2d41";
        const auto refused = publisher(wrong, m_server->ca());
        const PublishResult result = Test::await(refused->add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Failed);
        QCOMPARE(result.code, u"http-403"_s);
        QVERIFY(!result.detail.isEmpty());
        QVERIFY2(!result.detail.contains(QString::fromLatin1(wrong)), qPrintable(result.detail));
        QCOMPARE(byId(m_server->state()), byId(seed()));
    }

    // Answers that are not the API's JSON, or longer than any answer of it: Failed, nothing
    // written.
    void brokenAnswersFail_data()
    {
        QTest::addColumn<QString>("broken");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << u"garbage"_s << u"malformed"_s;
        QTest::newRow("2 MiB") << u"huge"_s << u"too-large"_s;
    }
    void brokenAnswersFail()
    {
        QFETCH(QString, broken);
        QFETCH(QString, code);
        m_publisher.reset();
        m_server = std::make_unique<Test::DnsApiTestServer>(
            Test::DnsApiTestServer::Api::Cloudflare,
            m_certificate,
            m_pki->caCertificate(),
            seed(),
            QStringList{u"--token"_s, QString::fromLatin1(Token), u"--broken"_s, broken});
        const auto confused = publisher(Token, m_server->ca());
        const PublishResult result = Test::await(confused->add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Failed);
        QCOMPARE(result.code, code);
        QCOMPARE(writes(), 0);
    }

    void serverNotListeningIsUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        CloudflarePublisher nowhere(
            Token, u"https://localhost:%1/client/v4"_s.arg(port), m_server->ca(), 5000);
        const PublishResult result = Test::await(nowhere.add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Unreachable);
        QCOMPARE(result.code, u"unreachable"_s);
        QVERIFY(Test::await(nowhere.read(at({}))).failed());
    }

    // A server that takes the connection and never says a word: Unreachable once the timeout
    // passed without traffic.
    void silentServerIsUnreachable()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        CloudflarePublisher waiting(Token,
                                    u"https://localhost:%1/client/v4"_s.arg(silent.serverPort()),
                                    m_server->ca(),
                                    300);
        const PublishResult result = Test::await(waiting.add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Unreachable);
        QCOMPARE(result.code, u"timeout"_s);
    }

    // Without the test CA the server's certificate is not trusted: Unreachable ("tls-failed"),
    // nothing sent past the handshake, so nothing written.
    void untrustedCertificateIsUnreachable()
    {
        const auto untrusting = publisher(Token, {});
        const PublishResult result = Test::await(untrusting->add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Unreachable);
        QCOMPARE(result.code, u"tls-failed"_s);
        QCOMPARE(byId(m_server->state()), byId(seed()));
        QCOMPARE(writes(), 0);
    }
};

QTEST_GUILESS_MAIN(CloudflarePublisherTest)
#include "tst_cloudflarepublisher.moc"
