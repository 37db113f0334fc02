#include "model/dkim/rotationplan.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

namespace {
StoredKey key(qint64 id, const QString &domain, KeyAlgorithm algorithm, KeyState state)
{
    StoredKey k;
    k.id = id;
    k.domain = domain;
    k.selector = u"s%1"_s.arg(id);
    k.spec = algorithm == KeyAlgorithm::Rsa ? KeySpec{} : KeySpec{KeyAlgorithm::Ed25519, 256};
    k.state = state;
    return k;
}

// The workspace every row plans in: example.com has an active RSA key (1) and an active
// Ed25519 key (2); new keys of both families (3 generated RSA, 4 published Ed25519, 5 generated
// RSA of another domain), an old one retiring (6), revoked (7), destroyed (8).
const QList<StoredKey> &workspace()
{
    static const QList<StoredKey> keys = {
        key(1, u"example.com"_s, KeyAlgorithm::Rsa, KeyState::Active),
        key(2, u"example.com"_s, KeyAlgorithm::Ed25519, KeyState::Active),
        key(3, u"example.com"_s, KeyAlgorithm::Rsa, KeyState::Generated),
        key(4, u"example.com"_s, KeyAlgorithm::Ed25519, KeyState::Published),
        key(5, u"example.org"_s, KeyAlgorithm::Rsa, KeyState::Generated),
        key(6, u"example.com"_s, KeyAlgorithm::Rsa, KeyState::Retiring),
        key(7, u"example.com"_s, KeyAlgorithm::Rsa, KeyState::Revoked),
        key(8, u"example.com"_s, KeyAlgorithm::Rsa, KeyState::Destroyed),
    };
    return keys;
}
} // namespace

Q_DECLARE_METATYPE(RotationPlan::Start)

class tst_RotationPlan : public QObject
{
    Q_OBJECT
private slots:
    void plan_data()
    {
        QTest::addColumn<qint64>("keyId");
        QTest::addColumn<bool>("rotate");
        QTest::addColumn<bool>("planned");
        QTest::addColumn<RotationPlan::Start>("start");
        QTest::addColumn<qint64>("newKey"); // 0: none
        QTest::addColumn<qint64>("oldKey"); // 0: none
        using S = RotationPlan::Start;
        QTest::newRow("rotate active") << qint64(1) << true << true << S::NewKey << 0ll << 1ll;
        QTest::newRow("next step of active: rotate too")
            << qint64(1) << false << true << S::NewKey << 0ll << 1ll;
        QTest::newRow("generated replaces same family")
            << qint64(3) << false << true << S::Publish << 3ll << 1ll;
        QTest::newRow("published ed25519 replaces ed25519")
            << qint64(4) << false << true << S::Activate << 4ll << 2ll;
        QTest::newRow("first key of its domain")
            << qint64(5) << false << true << S::Publish << 5ll << 0ll;
        QTest::newRow("retiring: revoke") << qint64(6) << false << true << S::Revoke << 0ll << 6ll;
        QTest::newRow("revoked: destroy") << qint64(7) << false << true << S::Destroy << 0ll << 7ll;
        QTest::newRow("destroyed: nothing left")
            << qint64(8) << false << false << S::NewKey << 0ll << 0ll;
        QTest::newRow("rotate a generated key")
            << qint64(3) << true << false << S::NewKey << 0ll << 0ll;
        QTest::newRow("rotate a retiring key")
            << qint64(6) << true << false << S::NewKey << 0ll << 0ll;
        QTest::newRow("no such key") << qint64(99) << false << false << S::NewKey << 0ll << 0ll;
    }
    void plan()
    {
        QFETCH(qint64, keyId);
        QFETCH(bool, rotate);
        QFETCH(bool, planned);
        QFETCH(RotationPlan::Start, start);
        QFETCH(qint64, newKey);
        QFETCH(qint64, oldKey);
        const auto plan = planRotation(workspace(), keyId, rotate);
        QCOMPARE(plan.has_value(), planned);
        if (!plan)
            return;
        QCOMPARE(plan->start, start);
        QCOMPARE(plan->newKey ? plan->newKey->id : 0, newKey);
        QCOMPARE(plan->oldKey ? plan->oldKey->id : 0, oldKey);
        const StoredKey &asked = *std::find_if(workspace().cbegin(),
                                               workspace().cend(),
                                               [&](const StoredKey &k) { return k.id == keyId; });
        QCOMPARE(plan->domain, asked.domain);
    }
};

QTEST_GUILESS_MAIN(tst_RotationPlan)
#include "tst_rotationplan.moc"
