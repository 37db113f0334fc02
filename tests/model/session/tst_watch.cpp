#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"
#include "testsession.h"

#include "model/dkim/keytable.h"
#include "model/publish/rfc2136publisher.h"
#include "model/secrets/credentialtable.h"
#include "model/session/watch.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
const QString Zone = u"recheck.test"_s;
const QString Reject = u"v=DMARC1; p=reject; rua=mailto:dmarc@recheck.test"_s;
} // namespace

// The scheduled re-check (issue 12 §3) against the test Knot: which domains a round takes,
// a regression raised once, nothing raised from failed lookups, keys and credentials coming
// due.
class tst_Watch : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = Test::session(Test::knotSettings(), m_dir->filePath(u"w.sqlite"_s));
        QVERIFY(Storage::DomainList(*m_session->workspace()).add(Zone));
        setDmarc(Reject);
    }
    void cleanup()
    {
        setDmarc(Reject);
        m_session.reset();
    }

    void aRegressionIsRaisedOnce()
    {
        Watch watch(m_session.get());
        watch.setSettings({24, false, 14, 90});
        QSignalSpy alerts(&watch, &Watch::alert);
        QCOMPARE(round(watch, false), 1); // never checked: due
        QCOMPARE(alerts.size(), 0);
        QCOMPARE(round(watch, false), 0); // checked a moment ago, the interval is a day

        setDmarc(u"v=DMARC1; p=none; rua=mailto:dmarc@recheck.test"_s);
        QCOMPARE(round(watch, true), 1);
        QCOMPARE(alerts.size(), 1);
        const auto alert = alerts.at(0).at(0).value<WatchAlert>();
        QCOMPARE(alert.kind, WatchAlert::Kind::Regression);
        QCOMPARE(alert.subject, Zone);
        QVERIFY2(alert.text.contains(u"reject"_s) && alert.text.contains(u"none"_s),
                 qPrintable(alert.text));
        QCOMPARE(Storage::CheckHistory(*m_session->workspace()).list(Zone)->size(), 2);

        // Not again at the next round, although the domain is still worse than it was.
        QCOMPARE(round(watch, true), 1);
        QCOMPARE(alerts.size(), 1);
    }

    // Every lookup fails (SERVFAIL, or no answer): the round saves an incomplete check, and a
    // failed lookup is never read as "the record went away".
    void failedLookupsRaiseNothing_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("servfail") << int(Test::FaultyDnsServer::Fault::ServFail);
        QTest::newRow("timeout") << int(Test::FaultyDnsServer::Fault::Silent);
    }
    void failedLookupsRaiseNothing()
    {
        QFETCH(int, fault);
        Watch watch(m_session.get());
        QSignalSpy alerts(&watch, &Watch::alert);
        QCOMPARE(round(watch, true), 1);
        Test::FaultyDnsServer faulty{Test::FaultyDnsServer::Fault(fault)};
        Dns::ResolverSettings dead = Test::knotSettings();
        dead.servers = {faulty.address()};
        dead.timeoutMs = 200;
        QVERIFY(m_session->setResolverSettings(dead));
        QCOMPARE(round(watch, true), 1);
        QCOMPARE(alerts.size(), 0);
        const auto checks = Storage::CheckHistory(*m_session->workspace()).list(Zone);
        QCOMPARE(checks->size(), 2);
        QVERIFY(!checks->first().complete);
    }

    void keysAndCredentialsComingDue()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Dkim::StoredKey key;
        key.domain = Zone;
        key.selector = u"s2026"_s;
        key.state = Dkim::KeyState::Active;
        key.created = now.addDays(-200);
        key.published = now.addDays(-199);
        key.activated = now.addDays(-198);
        key.rotationDue = now.addDays(3); // within the 14 days' warning
        key.publicKey = "key";
        key.secretKey = u"dkim/test"_s;
        QVERIFY(Dkim::KeyTable(*m_session->workspace()).add(key));
        Dkim::StoredKey later = key;
        later.selector = u"s2027"_s;
        later.rotationDue = now.addDays(60); // not yet
        QVERIFY(Dkim::KeyTable(*m_session->workspace()).add(later));

        Secrets::Credential credential;
        credential.name = u"relay"_s;
        credential.host = u"smtp.recheck.test"_s;
        credential.port = 587;
        credential.username = u"user"_s;
        credential.created = now.addDays(-120);
        credential.rotated = now.addDays(-100);
        credential.secretKey = u"credential/test"_s;
        QVERIFY(Secrets::CredentialTable(*m_session->workspace()).add(credential));

        Watch watch(m_session.get());
        watch.setSettings({0, false, 14, 90});
        QSignalSpy alerts(&watch, &Watch::alert);
        round(watch, false);
        QStringList raised;
        for (const QList<QVariant> &signal : alerts) {
            const auto alert = signal.at(0).value<WatchAlert>();
            raised << WatchAlertKinds.token(alert.kind) + u' ' + alert.subject;
        }
        raised.sort();
        QCOMPARE(
            raised,
            (QStringList{u"credential-due relay"_s, u"key-due s2026._domainkey.recheck.test"_s}));

        // A longer period: the credential is not due.
        Watch patient(m_session.get());
        patient.setSettings({0, false, 14, 365});
        QSignalSpy none(&patient, &Watch::alert);
        round(patient, false);
        QCOMPARE(none.size(), 1); // the key only
    }

private:
    // Runs one round; returns how many domains it re-checked.
    static int round(Watch &watch, bool all)
    {
        QSignalSpy started(&watch, &Watch::roundStarted);
        QSignalSpy finished(&watch, &Watch::roundFinished);
        watch.runNow(all);
        if (finished.isEmpty() && !finished.wait(60000))
            return -1;
        return started.isEmpty() ? -1 : started.at(0).at(0).toInt();
    }
    void setDmarc(const QString &value)
    {
        Publish::Rfc2136Publisher publisher(Test::knotServer(), Test::knotTsigKey());
        const Publish::RrsetRef ref{Zone, u"_dmarc."_s + Zone, Dns::RrType::TXT};
        const Publish::CurrentRrset now = Test::await(publisher.read(ref));
        QVERIFY(!now.failed());
        if (now.values == QStringList{value})
            return;
        const Publish::PublishResult result
            = Test::await(publisher.replace(ref, now.values, {value}, 300));
        QVERIFY2(result.outcome == Publish::PublishOutcome::Done, qPrintable(result.detail));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(tst_Watch)
#include "tst_watch.moc"
