#include "model/dkim/keyvault.h"
#include "model/dkim/publicationcheck.h"

#include "await.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

namespace {
// The ed25519 key published at ed._domainkey.dkim.test and key._domainkey.auth.test.
const QByteArray EdKey = QByteArray::fromBase64("SYVANCajtxQ5uoxuHQHNLnFgR+1OmWC02hl96c5y6U4=");

Storage::DkimKeyEntry edEntry(const QString &domain, const QString &selector, const QString &state)
{
    Storage::DkimKeyEntry key;
    key.domain = domain;
    key.selector = selector;
    key.algorithm = u"ed25519"_s;
    key.bits = 256;
    key.publicKey = EdKey;
    key.encryptedPrivateKey = "unused"; // DNS steps never read it
    key.secretKey = u"dkim/test/"_s + selector;
    startLifecycle(key, QDateTime::currentDateTimeUtc());
    key.state = state;
    return key;
}
} // namespace

// DNS-checked lifecycle steps asked of every authoritative nameserver of the test Knot's zones.
class tst_PublicationCheck : public QObject
{
    Q_OBJECT
private slots:
    void records()
    {
        const auto key = edEntry(u"dkim.test"_s, u"ed"_s, u"generated"_s);
        QCOMPARE(publicationRecord(key),
                 u"v=DKIM1; k=ed25519; p=SYVANCajtxQ5uoxuHQHNLnFgR+1OmWC02hl96c5y6U4="_s);
        QCOMPARE(revocationRecord(key), u"v=DKIM1; k=ed25519; p="_s);
        QCOMPARE(dnsStepFor(key), KeyState::Published);
        QCOMPARE(dnsStepFor(edEntry(u"dkim.test"_s, u"ed"_s, u"retiring"_s)), KeyState::Revoked);
        QVERIFY(!dnsStepFor(edEntry(u"dkim.test"_s, u"ed"_s, u"active"_s)));
    }

    void servedEverywhere()
    {
        Dns::LiveResolver resolver(Test::knotConfig());
        Dns::AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());
        const auto key = edEntry(u"dkim.test"_s, u"ed"_s, u"generated"_s);
        const auto report = evaluatePublication(
            Test::await(check.check(u"ed._domainkey.dkim.test"_s)), key, KeyState::Published);
        QCOMPARE(report.zone, u"dkim.test"_s);
        QCOMPARE(report.servers.size(), 1);
        QCOMPARE(report.serving(), 1);
        QVERIFY(report.everywhere());
    }

    void otherKeyIsNotServed()
    {
        Dns::LiveResolver resolver(Test::knotConfig());
        Dns::AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());
        auto key = edEntry(u"dkim.test"_s, u"ed"_s, u"generated"_s);
        key.publicKey = QByteArray(32, 'x');
        const auto report = evaluatePublication(
            Test::await(check.check(u"ed._domainkey.dkim.test"_s)), key, KeyState::Published);
        QCOMPARE(report.serving(), 0);
        QCOMPARE(report.failed(), 0);
        QVERIFY(!report.everywhere());
    }

    void revocationServed()
    {
        Dns::LiveResolver resolver(Test::knotConfig());
        Dns::AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());
        const auto answer = Test::await(check.check(u"revoked._domainkey.dkim.test"_s));
        const auto key = edEntry(u"dkim.test"_s, u"revoked"_s, u"retiring"_s);
        QVERIFY(evaluatePublication(answer, key, KeyState::Revoked).everywhere());
        QVERIFY(!evaluatePublication(answer, key, KeyState::Published).everywhere());
    }

    // auth.test: served by 1 of 3 servers, the 2 others unreachable → not everywhere, the key
    // stays generated; dkim.test: everywhere → published, stamped.
    void vaultMovesOnlyWhenEveryServerServes()
    {
        QTemporaryDir dir;
        auto workspace = Storage::Workspace::open(dir.filePath(u"w.sqlite"_s));
        QVERIFY(workspace);
        KeyVault vault(workspace->get(), nullptr); // no keychain needed for DNS steps
        const auto partial
            = (*workspace)->addDkimKey(edEntry(u"auth.test"_s, u"key"_s, u"generated"_s));
        const auto full
            = (*workspace)->addDkimKey(edEntry(u"dkim.test"_s, u"ed"_s, u"generated"_s));
        QVERIFY2(partial, qPrintable(partial ? QString() : partial.error().detail));
        QVERIFY2(full, qPrintable(full ? QString() : full.error().detail));
        Dns::LiveResolver resolver(Test::knotConfig());
        Dns::AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());

        const auto one = Test::await(vault.verifyOnAuthoritative(&check, *partial));
        QVERIFY(one);
        QCOMPARE(one->report.servers.size(), 3);
        QCOMPARE(one->report.serving(), 1);
        QCOMPARE(one->report.failed(), 2);
        QVERIFY(!one->moved);
        QCOMPARE((*workspace)->dkimKey(*partial)->value().state, u"generated"_s);

        const auto all = Test::await(vault.verifyOnAuthoritative(&check, *full));
        QVERIFY(all);
        QVERIFY(all->moved);
        QCOMPARE(all->moved->state, u"published"_s);
        QVERIFY(all->moved->published.isValid());
        QCOMPARE((*workspace)->dkimKey(*full)->value().state, u"published"_s);

        const auto again = Test::await(vault.verifyOnAuthoritative(&check, *full));
        QVERIFY(!again); // a published key has nothing to check in DNS
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_PublicationCheck)
#include "tst_publicationcheck.moc"
