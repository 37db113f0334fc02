#include "model/dns/dnsupdate.h"
#include "model/dns/liveresolver.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

namespace {

UpdateRecord txt(const QString &name, const QString &rdata, quint32 ttl = 300)
{
    return {name + u".publish.test"_s, RrType::TXT, ttl, rdata};
}

std::pair<QString, RrType> txtAt(const QString &name)
{
    return {name + u".publish.test"_s, RrType::TXT};
}
} // namespace

// RFC 2136 UPDATE with TSIG (RFC 8945) against the test Knot (key sceau-test-key may update
// publish.test; sceau-other-key is known but may update nothing). Each test reads Knot's
// answers back to prove what changed, and what did not.
class tst_DnsUpdate : public QObject
{
    Q_OBJECT
private:
    UpdateResult send(const UpdateRequest &request, const TsigKey &key = Test::knotTsigKey())
    {
        return Test::await(sendUpdate(Test::knotServer(), request, key, 3000, this));
    }
    QList<QByteArray> txtValues(const QString &name)
    {
        LiveResolver resolver(Test::knotConfig());
        const LookupResult result
            = Test::await(resolver.lookup(name + u".publish.test"_s, RrType::TXT));
        [&] { QVERIFY2(!result.failed(), qPrintable(result.detail)); }();
        QList<QByteArray> values;
        for (const ResourceRecord &record : result.records)
            values << record.txtJoined();
        std::sort(values.begin(), values.end());
        return values;
    }
    UpdateRequest request() const
    {
        UpdateRequest r;
        r.zone = u"publish.test"_s;
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(Test::reloadKnotZone(u"publish.test"_s)); }

    // §2.4.3: added only if absent; a second add under the same guard changes nothing.
    void addOnlyIfAbsent()
    {
        UpdateRequest add = request();
        add.absent = {txtAt(u"new"_s)};
        add.add = {txt(u"new"_s, u"\"first\""_s)};
        const UpdateResult applied = send(add);
        QCOMPARE(applied.outcome, UpdateOutcome::Applied);
        QCOMPARE(txtValues(u"new"_s), QList<QByteArray>{"first"});

        add.add = {txt(u"new"_s, u"\"second\""_s)};
        const UpdateResult again = send(add);
        QCOMPARE(again.outcome, UpdateOutcome::PrerequisiteFailed);
        QCOMPARE(again.rcode, 7); // YXRRSET
        QCOMPARE(txtValues(u"new"_s), QList<QByteArray>{"first"});
    }

    // §2.4.2: replaced only while the RRset is exactly what was read; a stale view is refused
    // and the value someone else wrote stays.
    void replaceOnlyIfUnchanged()
    {
        UpdateRequest replace = request();
        replace.exactly = {txt(u"replace"_s, u"\"v=spf1 \" \"-all\""_s)};
        replace.deleteRrsets = {txtAt(u"replace"_s)};
        replace.add = {txt(u"replace"_s, u"\"v=spf1 mx -all\""_s)};
        QCOMPARE(send(replace).outcome, UpdateOutcome::Applied);
        QCOMPARE(txtValues(u"replace"_s), QList<QByteArray>{"v=spf1 mx -all"});

        replace.add = {txt(u"replace"_s, u"\"v=spf1 a -all\""_s)}; // the first view, now stale
        const UpdateResult stale = send(replace);
        QCOMPARE(stale.outcome, UpdateOutcome::PrerequisiteFailed);
        QCOMPARE(stale.rcode, 8); // NXRRSET
        QCOMPARE(txtValues(u"replace"_s), QList<QByteArray>{"v=spf1 mx -all"});
    }

    // Delete under the same guard.
    void deleteOnlyIfUnchanged()
    {
        UpdateRequest remove = request();
        remove.exactly = {txt(u"remove"_s, u"\"something else\""_s)};
        remove.deleteRrsets = {txtAt(u"remove"_s)};
        QCOMPARE(send(remove).outcome, UpdateOutcome::PrerequisiteFailed);
        QCOMPARE(txtValues(u"remove"_s), QList<QByteArray>{"to be removed"});
        remove.exactly = {txt(u"remove"_s, u"\"to be removed\""_s)};
        QCOMPARE(send(remove).outcome, UpdateOutcome::Applied);
        QVERIFY(txtValues(u"remove"_s).isEmpty());
    }

    // The key's failures, each named; nothing changes; the secret is in no text.
    void keyFailures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QList<int>>("outcomes");
        const QByteArray good = QByteArray::fromBase64(Test::knotTsigSecret(u"tsig.secret"_s));
        QByteArray wrong = good;
        wrong[0] = char(wrong[0] ^ 0x55);
        QTest::newRow("wrong secret") << u"sceau-test-key"_s << int(TsigAlgorithm::HmacSha256)
                                      << wrong << QList<int>{int(UpdateOutcome::BadSignature)};
        QTest::newRow("unknown key") << u"nobody-key"_s << int(TsigAlgorithm::HmacSha256) << good
                                     << QList<int>{int(UpdateOutcome::BadKey)};
        QTest::newRow("key without the right")
            << u"sceau-other-key"_s << int(TsigAlgorithm::HmacSha512)
            << QByteArray::fromBase64(Test::knotTsigSecret(u"tsig-other.secret"_s))
            << QList<int>{int(UpdateOutcome::BadKey), // Knot: ACL denial answered as BADKEY
                          int(UpdateOutcome::Refused),
                          int(UpdateOutcome::NotAuthorized)};
    }
    void keyFailures()
    {
        QFETCH(QString, name);
        QFETCH(int, algorithm);
        QFETCH(QByteArray, secret);
        QFETCH(QList<int>, outcomes);
        UpdateRequest change = request();
        change.deleteRrsets = {txtAt(u"guarded"_s)};
        const TsigKey key{name, TsigAlgorithm(algorithm), secret};
        const UpdateResult result = send(change, key);
        QVERIFY2(outcomes.contains(int(result.outcome)),
                 qPrintable(UpdateOutcomes.token(result.outcome) + u": "_s + result.detail));
        QVERIFY(!result.detail.isEmpty());
        QVERIFY(!result.detail.contains(QString::fromLatin1(secret.toBase64())));
        QCOMPARE(txtValues(u"guarded"_s), QList<QByteArray>{"someone else's"});
    }

    // A name outside the zone: NOTZONE; no server: unreachable, said so.
    void otherFailures()
    {
        UpdateRequest outside = request();
        outside.add = {{u"elsewhere.sceau.test"_s, RrType::TXT, 300, u"\"x\""_s}};
        QCOMPARE(send(outside).outcome, UpdateOutcome::NotZone);

        UpdateRequest add = request();
        add.add = {txt(u"unreached"_s, u"\"x\""_s)};
        NameServer closed = Test::knotServer();
        closed.port = 9; // discard: nothing listens on TCP here
        const UpdateResult result
            = Test::await(sendUpdate(closed, add, Test::knotTsigKey(), 3000, this));
        QCOMPARE(result.outcome, UpdateOutcome::Unreachable);
        QCOMPARE(result.rcode, -1);
        QVERIFY(result.detail.contains(closed.toString()));
    }

    // A success whose answer is not signed with the key is not believed: built here from a
    // real exchange's bytes, the TSIG stripped.
    void unsignedSuccessIsNotApplied()
    {
        QByteArray mac;
        const TsigKey key = Test::knotTsigKey();
        const Result<QByteArray> message = buildUpdate(0x4242, request(), key, &mac);
        QVERIFY(message);
        QVERIFY(!mac.isEmpty());
        // A NOERROR answer with the same id and no TSIG: the message itself with QR set and no
        // additional record.
        QByteArray answer = message->left(12);
        answer[2] = char(quint8(answer[2]) | 0x80);
        answer[10] = 0;
        answer[11] = 0; // ARCOUNT 0
        answer[4] = answer[5] = answer[6] = answer[7] = answer[8] = answer[9] = 0;
        const UpdateResult result = interpretUpdateResponse(answer, 0x4242, key, mac);
        QCOMPARE(result.outcome, UpdateOutcome::Unsigned);
        QCOMPARE(interpretUpdateResponse(answer, 0x4343, key, mac).outcome,
                 UpdateOutcome::ServerFailure);
    }
};

QTEST_GUILESS_MAIN(tst_DnsUpdate)
#include "tst_dnsupdate.moc"
