#include "model/audit/auditor.h"
#include "model/dkim/keyvault.h"
#include "model/dns/authoritativecheck.h"
#include "model/dns/cachingresolver.h"
#include "model/dns/resolver.h"
#include "model/secrets/secretstore.h"
#include "model/session/session.h"
#include "model/storage/workspace.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

class SessionTest : public QObject
{
    Q_OBJECT
private:
    Session::Options offline(const QString &zone) const
    {
        Session::Options options;
        options.resolver.offline = true;
        options.resolver.zoneFiles = {Test::dataPath(zone)};
        options.workspacePath = m_dir.filePath(u"workspace.sqlite"_s);
        return options;
    }
    QTemporaryDir m_dir;

private slots:
    void resolverFromSettings()
    {
        auto session = Session::create(offline(u"zones/spf.test.zone"_s));
        QVERIFY(session);
        QVERIFY((*session)->resolver());
        QVERIFY((*session)->authoritativeCheck());
        const auto answer
            = Test::await((*session)->resolver()->lookup(u"good.spf.test"_s, Dns::RrType::TXT));
        QCOMPARE(answer.status, Dns::LookupStatus::Answer); // answered by the zone file
    }

    void runResolverIsAPerRunCacheOwnedByTheCaller()
    {
        auto session = Session::create(offline(u"zones/spf.test.zone"_s));
        QVERIFY(session);
        QPointer<Dns::Resolver> run;
        {
            QObject owner;
            run = (*session)->runResolver(&owner);
            QVERIFY(run);
            QVERIFY(run != (*session)->resolver());
            QCOMPARE(run->parent(), &owner);
            auto *cache = qobject_cast<Dns::CachingResolver *>(run.data());
            QVERIFY(cache);
            const auto first = Test::await(run->lookup(u"good.spf.test"_s, Dns::RrType::TXT));
            const auto again = Test::await(run->lookup(u"good.spf.test"_s, Dns::RrType::TXT));
            QCOMPARE(first.status, Dns::LookupStatus::Answer);
            QCOMPARE(again.answerSection.size(), first.answerSection.size());
            QCOMPARE(cache->upstreamLookups(), 1); // the second answer came from the run's cache
            // A second run does not share the first one's answers.
            auto *other = qobject_cast<Dns::CachingResolver *>((*session)->runResolver(&owner));
            QVERIFY(other && other != cache);
            QCOMPARE(other->upstreamLookups(), 0);
        }
        QVERIFY(!run); // gone with its owner
    }

    void invalidSettingsFailAndKeepTheResolver()
    {
        auto missing = offline(u"zones/no-such.zone"_s);
        const auto refused = Session::create(missing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::FileUnreadable);

        auto session = Session::create(offline(u"zones/spf.test.zone"_s));
        QVERIFY(session);
        Dns::Resolver *before = (*session)->resolver();
        QSignalSpy changed(session->get(), &Session::resolverChanged);
        const auto kept = (*session)->setResolverSettings(missing.resolver);
        QVERIFY(!kept);
        QCOMPARE(changed.count(), 0);
        QCOMPARE((*session)->resolver(), before);
    }

    void rebuildSignalsAndRetiresTheOldStackLater()
    {
        auto session = Session::create(offline(u"zones/spf.test.zone"_s));
        QVERIFY(session);
        QPointer<Dns::Resolver> old = (*session)->resolver();
        QPointer<Dns::AuthoritativeCheck> oldCheck = (*session)->authoritativeCheck();
        QSignalSpy changed(session->get(), &Session::resolverChanged);
        auto settings = (*session)->resolverSettings();
        settings.zoneFiles = {Test::dataPath(u"zones/mx.test.zone"_s)};
        settings.authoritativePort = 5300;
        QVERIFY((*session)->setResolverSettings(settings));
        QCOMPARE(changed.count(), 1);
        QVERIFY((*session)->resolver() != old);
        QCOMPARE((*session)->resolverSettings().authoritativePort, quint16(5300));
        QVERIFY(old && oldCheck);       // still alive for whoever held them…
        QTRY_VERIFY(!old && !oldCheck); // …until control is back at the event loop
        // The new stack answers from the new zone file, the old names are gone.
        const auto mx
            = Test::await((*session)->resolver()->lookup(u"null.mx.test"_s, Dns::RrType::MX));
        QCOMPARE(mx.status, Dns::LookupStatus::Answer);
        const auto spf
            = Test::await((*session)->resolver()->lookup(u"good.spf.test"_s, Dns::RrType::TXT));
        QCOMPARE(spf.status, Dns::LookupStatus::NxDomain);
    }

    void workspaceAndVaultOpenLazilyOnce()
    {
        const auto options = offline(u"zones/spf.test.zone"_s);
        QVERIFY(!QFile::exists(options.workspacePath));
        auto session = Session::create(options);
        QVERIFY(session);
        QVERIFY(!QFile::exists(options.workspacePath)); // nothing opened yet
        const auto vault = (*session)->keyVault();
        QVERIFY(vault);
        QVERIFY(QFile::exists(options.workspacePath));
        const auto again = (*session)->keyVault();
        QVERIFY(again);
        QCOMPARE(*again, *vault);
        const auto workspace = (*session)->workspace();
        QVERIFY(workspace);
        QCOMPARE((*workspace)->path(), options.workspacePath);
        QCOMPARE((*session)->secrets(), (*session)->secrets());
    }

    void workspaceFailureIsAnError()
    {
        auto options = offline(u"zones/spf.test.zone"_s);
        QFile junk(m_dir.filePath(u"damaged.sqlite"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x')); // not an SQLite database
        junk.close();
        options.workspacePath = junk.fileName();
        auto session = Session::create(options);
        QVERIFY(session);
        const auto vault = (*session)->keyVault();
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::FileUnreadable);
        QVERIFY(!(*session)->workspace()); // asked again: tried again, same answer
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
