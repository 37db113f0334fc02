#include "model/publish/ovhpublisher.h"
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
const QByteArray ApplicationKey = "ovh-app-key-1a2b";
const QByteArray ApplicationSecret = "ovh-app-secret-93fe27";
const QByteArray ConsumerKey = "ovh-consumer-key-4d7c10";

QJsonObject record(int id, const QString &type, const QString &subDomain, const QString &target)
{
    return {{u"id"_s, id},
            {u"fieldType"_s, type},
            {u"subDomain"_s, subDomain},
            {u"target"_s, target},
            {u"ttl"_s, 300}};
}

// example.test: a split SPF at the apex beside an MX (another type at the same name), a decoy
// at another name, a TXT stored as two strings, an RRset of three, and a CNAME relative to the
// zone, as OVHcloud's targets may be.
QJsonArray seedRecords()
{
    return {record(1, u"TXT"_s, {}, u"\"v=spf1 \" \"-all\""_s),
            record(2, u"MX"_s, {}, u"10 mx.example.test."_s),
            record(3, u"TXT"_s, u"decoy"_s, u"\"decoy\""_s),
            record(4, u"TXT"_s, u"ab"_s, u"\"a\" \"b\""_s),
            record(5, u"TXT"_s, u"multi"_s, u"\"one\""_s),
            record(6, u"TXT"_s, u"multi"_s, u"\"two\""_s),
            record(7, u"TXT"_s, u"multi"_s, u"\"three\""_s),
            record(8, u"CNAME"_s, u"www"_s, u"web"_s)};
}

QJsonObject seed()
{
    return {{u"zones"_s, QJsonObject{{u"example.test"_s, seedRecords()}}}};
}

RrsetRef at(const QString &name, RrType type = RrType::TXT)
{
    return {
        u"example.test"_s, name.isEmpty() ? u"example.test"_s : name + u".example.test"_s, type};
}

QMap<int, QJsonObject> byId(const QJsonArray &records)
{
    QMap<int, QJsonObject> found;
    for (const QJsonValue &value : records)
        found.insert(value.toObject().value(u"id").toInt(), value.toObject());
    return found;
}

QList<QJsonObject>
recordsAt(const QJsonArray &records, const QString &subDomain, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonObject &record : byId(records)) {
        if (record.value(u"subDomain").toString() == subDomain
            && record.value(u"fieldType").toString() == type)
            found << record;
    }
    return found;
}
} // namespace

// OvhPublisher against the suite's OVHcloud API server (a fresh one for each test, its state
// seeded by seed()), whose clock runs an hour ahead of ours and which refuses a timestamp off by
// more than 30 s: every signed request succeeds only with the offset learned from /auth/time.
// Every assertion is on what the server holds afterwards, its writes and its refreshes.
class OvhPublisherTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    Test::TestPki::Issued m_certificate;
    std::unique_ptr<Test::DnsApiTestServer> m_server;
    std::unique_ptr<OvhPublisher> m_publisher;

    void start(const QStringList &extra = {})
    {
        m_publisher.reset();
        m_server.reset();
        m_server = std::make_unique<Test::DnsApiTestServer>(
            Test::DnsApiTestServer::Api::Ovh,
            m_certificate,
            m_pki->caCertificate(),
            seed(),
            QStringList{u"--application-key"_s,
                        QString::fromLatin1(ApplicationKey),
                        u"--application-secret"_s,
                        QString::fromLatin1(ApplicationSecret),
                        u"--consumer-key"_s,
                        QString::fromLatin1(ConsumerKey),
                        u"--clock-skew"_s,
                        u"3600"_s}
                + extra);
        m_publisher = publisher(ApplicationSecret, m_server->ca());
    }

    std::unique_ptr<OvhPublisher> publisher(const QByteArray &secret,
                                            const QList<QSslCertificate> &cas)
    {
        return std::make_unique<OvhPublisher>(
            ApplicationKey, secret, ConsumerKey, m_server->baseUrl(), cas, 5000);
    }

    QJsonArray records()
    {
        return m_server->state().value(u"zones").toObject().value(u"example.test").toArray();
    }
    int counter(const QString &name) { return m_server->state().value(name).toInt(); }

    // The records of the server but those at subDomain of type are the seeded ones.
    void othersUntouched(const QString &subDomain, const QString &type)
    {
        QMap<int, QJsonObject> before = byId(seedRecords());
        QMap<int, QJsonObject> now = byId(records());
        for (auto *found : {&before, &now})
            found->removeIf([&](auto it) {
                return it.value().value(u"subDomain").toString() == subDomain
                       && it.value().value(u"fieldType").toString() == type;
            });
        QCOMPARE(now, before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_certificate = m_pki->issue(u"ovh"_s, {u"localhost"_s});
    }

    void init() { start(); }

    void readNormalises()
    {
        const auto read = [&](const RrsetRef &ref) {
            const CurrentRrset now = Test::await(m_publisher->read(ref));
            [&] { QVERIFY2(!now.failed(), qPrintable(now.failure.value_or(QString()))); }();
            return now.values;
        };
        QCOMPARE(read(at({})), QStringList{u"v=spf1 -all"_s});
        QCOMPARE(read(at({}, RrType::MX)), QStringList{u"10 mx.example.test"_s});
        QCOMPARE(read(at(u"www"_s, RrType::CNAME)), QStringList{u"web.example.test"_s});
        QCOMPARE(read(at(u"multi"_s)), (QStringList{u"one"_s, u"two"_s, u"three"_s}));
        QVERIFY(read(at(u"nothing"_s)).isEmpty());
        QCOMPARE(counter(u"writes"_s), 0);
        QCOMPARE(counter(u"times"_s), 1); // the clock, learned once
    }

    // Created with the signed POST, then the zone refreshed once.
    void addCreatesExactlyTheRecord()
    {
        const PublishResult result = Test::await(m_publisher->add(at(u"new"_s), {u"hello"_s}, 600));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        const auto created = recordsAt(records(), u"new"_s, u"TXT"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().value(u"target").toString(), u"\"hello\""_s);
        QCOMPARE(created.first().value(u"ttl").toInt(), 600);
        othersUntouched(u"new"_s, u"TXT"_s);
        QCOMPARE(counter(u"refreshes"_s), 1);
        QCOMPARE(counter(u"times"_s), 1);
    }

    void addWhenPresentIsChanged()
    {
        const PublishResult result
            = Test::await(m_publisher->add(at({}), {u"v=spf1 mx -all"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Changed);
        QCOMPARE(byId(records()), byId(seedRecords()));
        QCOMPARE(counter(u"writes"_s), 0);
        QCOMPARE(counter(u"refreshes"_s), 0);
    }

    void replaceWithWhatWasSeen()
    {
        const PublishResult result = Test::await(
            m_publisher->replace(at({}), {u"v=spf1 -all"_s}, {u"v=spf1 mx -all"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        QCOMPARE(result.before, QStringList{u"v=spf1 -all"_s});
        const auto now = recordsAt(records(), {}, u"TXT"_s);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().value(u"id").toInt(), 1);
        QCOMPARE(now.first().value(u"target").toString(), u"\"v=spf1 mx -all\""_s);
        QCOMPARE(counter(u"writes"_s), 1);
        QCOMPARE(counter(u"refreshes"_s), 1);
        othersUntouched({}, u"TXT"_s);
    }

    void replaceStaleIsChanged()
    {
        QCOMPARE(Test::await(m_publisher->read(at({}))).values, QStringList{u"v=spf1 -all"_s});
        QJsonArray changed = seedRecords();
        changed.replace(0, record(1, u"TXT"_s, {}, u"\"v=spf1 a -all\""_s));
        m_server->mutate({{u"zones"_s, QJsonObject{{u"example.test"_s, changed}}}});

        const PublishResult result = Test::await(
            m_publisher->replace(at({}), {u"v=spf1 -all"_s}, {u"v=spf1 mx -all"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Changed);
        QCOMPARE(result.before, QStringList{u"v=spf1 a -all"_s});
        QCOMPARE(byId(records()), byId(changed));
        QCOMPARE(counter(u"writes"_s), 0);
        QCOMPARE(counter(u"refreshes"_s), 0);
    }

    // {one, two, three} becomes {two, four}: one PUT, one DELETE, one refresh.
    void replaceRrsetOfSeveral()
    {
        const PublishResult result = Test::await(m_publisher->replace(
            at(u"multi"_s), {u"one"_s, u"two"_s, u"three"_s}, {u"two"_s, u"four"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        QCOMPARE(byId(records()).value(6), byId(seedRecords()).value(6));
        QStringList targets;
        for (const QJsonObject &record : recordsAt(records(), u"multi"_s, u"TXT"_s))
            targets << record.value(u"target").toString();
        targets.sort();
        QCOMPARE(targets, (QStringList{u"\"four\""_s, u"\"two\""_s}));
        QCOMPARE(counter(u"writes"_s), 2);
        QCOMPARE(counter(u"refreshes"_s), 1);
        othersUntouched(u"multi"_s, u"TXT"_s);
    }

    // Stored as "a" "b", asked as ab: nothing sent, no refresh (Done, "unchanged").
    void sameValueDoesNotChurn()
    {
        const PublishResult result
            = Test::await(m_publisher->replace(at(u"ab"_s), {u"ab"_s}, {u"ab"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        QCOMPARE(result.code, u"unchanged"_s);
        QCOMPARE(counter(u"writes"_s), 0);
        QCOMPARE(counter(u"refreshes"_s), 0);
    }

    void removeGuarded()
    {
        QCOMPARE(Test::await(m_publisher->remove(at(u"decoy"_s), {u"not it"_s})).outcome,
                 PublishOutcome::Changed);
        QCOMPARE(counter(u"writes"_s), 0);
        QCOMPARE(Test::await(m_publisher->remove(at(u"decoy"_s), {u"decoy"_s})).outcome,
                 PublishOutcome::Done);
        QVERIFY(recordsAt(records(), u"decoy"_s, u"TXT"_s).isEmpty());
        othersUntouched(u"decoy"_s, u"TXT"_s);
        QCOMPARE(counter(u"refreshes"_s), 1);
    }

    // The record was written but the zone not refreshed: said, not hidden.
    void refreshFailureIsReported()
    {
        start({u"--fail-refresh"_s});
        const PublishResult result = Test::await(m_publisher->add(at(u"new"_s), {u"hello"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Done);
        QCOMPARE(result.code, u"refresh-failed"_s);
        QVERIFY(result.detail.contains(u"example.test"_s));
        QCOMPARE(recordsAt(records(), u"new"_s, u"TXT"_s).size(), 1);
    }

    // A wrong application secret signs wrong: the server's "Invalid signature" (HTTP 400) is a
    // Failed, no secret in the detail, nothing written.
    void wrongSignatureFails()
    {
        const QByteArray wrong = "wrong-secret-77aa01";
        const auto refused = publisher(wrong, m_server->ca());
        const PublishResult result = Test::await(refused->add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Failed);
        QCOMPARE(result.code, u"http-400"_s);
        QVERIFY(result.detail.contains(u"Invalid signature"_s));
        for (const QByteArray &secret : {wrong, ConsumerKey, ApplicationSecret})
            QVERIFY2(!result.detail.contains(QString::fromLatin1(secret)),
                     qPrintable(result.detail));
        QCOMPARE(byId(records()), byId(seedRecords()));
        QCOMPARE(counter(u"writes"_s), 0);
    }

    void serverNotListeningIsUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        OvhPublisher nowhere(ApplicationKey,
                             ApplicationSecret,
                             ConsumerKey,
                             u"https://localhost:%1/1.0"_s.arg(port),
                             m_server->ca(),
                             5000);
        const PublishResult result = Test::await(nowhere.add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Unreachable);
        QCOMPARE(result.code, u"unreachable"_s);
    }

    void untrustedCertificateIsUnreachable()
    {
        const auto untrusting = publisher(ApplicationSecret, {});
        const PublishResult result = Test::await(untrusting->add(at(u"new"_s), {u"x"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::Unreachable);
        QCOMPARE(result.code, u"tls-failed"_s);
        QCOMPARE(byId(records()), byId(seedRecords()));
        QCOMPARE(counter(u"times"_s), 0); // not even the clock was asked past the handshake
    }
};

QTEST_GUILESS_MAIN(OvhPublisherTest)
#include "tst_ovhpublisher.moc"
