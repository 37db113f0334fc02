#include "model/publish/publishservice.h"
#include "model/publish/rfc2136publisher.h"
#include "model/secrets/credentialvault.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"
#include "tests/support/testsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Publish;
using Dns::RrType;
using namespace Qt::StringLiterals;
using Test::await;

namespace {

const QString Zone = u"journal.test"_s;

RrsetRef txtAt(const QString &label)
{
    return {Zone, label + u'.' + Zone, RrType::TXT};
}

Change change(ChangeAction action,
              const QString &label,
              const QStringList &expected,
              const QStringList &values,
              quint32 ttl = 600)
{
    Change c;
    c.ref = txtAt(label);
    c.action = action;
    c.expected = expected;
    c.values = values;
    c.ttl = ttl;
    return c;
}
} // namespace

// Publishing through the Session's service: a TSIG credential in a real gnome-keyring, its
// primary found from the zone's SOA MNAME, the test Knot applying the changes; every change in
// the journal before it is sent; rollbacks restore exactly the previous RRset (values and TTL),
// checked by asking Knot.
class tst_PublishService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    PublishService *m_service = nullptr;

    // What Knot serves now, asked directly (values, TTL).
    CurrentRrset onKnot(const QString &label)
    {
        Rfc2136Publisher reader(Test::knotServer(), {});
        return await(reader.read(txtAt(label)));
    }

    Applied applied(const Change &c)
    {
        const auto done = await(m_service->apply(c));
        if (!done)
            qFatal("apply failed: %s", qPrintable(describe(done.error())));
        return *done;
    }

    void addTsig(const QString &name,
                 const QString &keyName,
                 Dns::TsigAlgorithm algorithm,
                 const QByteArray &secret,
                 quint16 port = 0)
    {
        Secrets::Credential c;
        c.kind = Secrets::CredentialKind::Tsig;
        c.name = name;
        c.username = keyName;
        c.tsigAlgorithm = algorithm;
        c.zone = Zone;
        c.port = port;
        if (port)
            c.host = u"127.0.0.1"_s;
        const auto added = await((*m_session->credentials())->add(c, secret));
        QVERIFY2(added, added ? "" : qPrintable(describe(added.error())));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        QVERIFY(Test::reloadKnotZone(Zone));
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"w.sqlite"_s));
        const auto service = m_session->publishing();
        QVERIFY(service);
        m_service = *service;
        addTsig(u"knot"_s,
                u"sceau-test-key"_s,
                Dns::TsigAlgorithm::HmacSha256,
                Test::knotTsigSecret(u"tsig.secret"_s));
    }

    // add, replace, a stale replace, then each rolled back: Knot ends exactly as it began.
    void publishAndRollBack()
    {
        const Applied added
            = applied(change(ChangeAction::Add, u"dkim"_s, {}, {u"v=DKIM1; p=A"_s}));
        QVERIFY2(added.result.outcome == PublishOutcome::Done, qPrintable(added.result.detail));
        QCOMPARE(added.entry.outcome, u"done"_s);
        QCOMPARE(added.entry.backend, u"tsig"_s);
        QCOMPARE(added.entry.change.credential, u"knot"_s);
        QVERIFY(added.entry.before.isEmpty());
        QCOMPARE(onKnot(u"dkim"_s).values, QStringList{u"v=DKIM1; p=A"_s});

        const Applied replaced = applied(
            change(ChangeAction::Replace, u"dkim"_s, {u"v=DKIM1; p=A"_s}, {u"v=DKIM1; p=B"_s}, 60));
        QCOMPARE(replaced.result.outcome, PublishOutcome::Done);
        QCOMPARE(replaced.entry.before, QStringList{u"v=DKIM1; p=A"_s});
        QCOMPARE(replaced.entry.beforeTtl, 600u);
        QCOMPARE(onKnot(u"dkim"_s).ttl, 60u);

        // What the user saw is gone: refused, journaled as such, Knot untouched.
        const Applied stale = applied(
            change(ChangeAction::Replace, u"dkim"_s, {u"v=DKIM1; p=A"_s}, {u"v=DKIM1; p=C"_s}));
        QCOMPARE(stale.result.outcome, PublishOutcome::Changed);
        QCOMPARE(stale.entry.outcome, u"changed"_s);
        QCOMPARE(onKnot(u"dkim"_s).values, QStringList{u"v=DKIM1; p=B"_s});
        QVERIFY(!await(m_service->rollback(stale.entry.id))); // it changed nothing

        // The replacement undone: the previous value and TTL are back.
        const auto undone = await(m_service->rollback(replaced.entry.id));
        QVERIFY(undone);
        QCOMPARE(undone->result.outcome, PublishOutcome::Done);
        QCOMPARE(undone->entry.change.rollbackOf, replaced.entry.id);
        const CurrentRrset back = onKnot(u"dkim"_s);
        QCOMPARE(back.values, QStringList{u"v=DKIM1; p=A"_s});
        QCOMPARE(back.ttl, 600u);

        // Rolling back the replacement again is guarded: what it wrote is no longer there.
        const auto twice = await(m_service->rollback(replaced.entry.id));
        QVERIFY(twice);
        QCOMPARE(twice->result.outcome, PublishOutcome::Changed);

        // The add undone: the name has no TXT record again.
        const auto unadded = await(m_service->rollback(added.entry.id));
        QVERIFY(unadded);
        QCOMPARE(unadded->result.outcome, PublishOutcome::Done);
        QVERIFY(onKnot(u"dkim"_s).values.isEmpty());
        QVERIFY(!onKnot(u"dkim"_s).failed());

        const auto entries = m_service->journal().list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 6);                     // before earlyRefusalsAndReadBack
        QCOMPARE(entries->first().id, unadded->entry.id); // newest first
    }

    // The credential for a name is the one of the closest zone holding it.
    void credentialsServingAName()
    {
        const auto serving = m_service->credentialsServing(u"s1._domainkey.journal.test"_s);
        QVERIFY(serving);
        QCOMPARE(serving->size(), 1);
        QCOMPARE(serving->first().name, u"knot"_s);
        QVERIFY(m_service->credentialsServing(u"journal.test"_s)->size() == 1);
        QVERIFY(m_service->credentialsServing(u"xjournal.test"_s)->isEmpty());
        QVERIFY(m_service->credentialsServing(u"example.com"_s)->isEmpty());
    }

    // Nothing is sent when there is nothing to do, or when an add finds records; a change the
    // server accepts but does not make (Knot ignores a CNAME beside a TXT) is not "done".
    void earlyRefusalsAndReadBack()
    {
        const Applied exists = applied(change(ChangeAction::Add, u"theirs"_s, {}, {u"mine"_s}));
        QCOMPARE(exists.result.outcome, PublishOutcome::Changed);
        QCOMPARE(exists.result.before, QStringList{u"someone else's"_s});
        QCOMPARE(onKnot(u"theirs"_s).values, QStringList{u"someone else's"_s});

        const Applied same = applied(change(
            ChangeAction::Replace, u"theirs"_s, {u"someone else's"_s}, {u"someone else's"_s}));
        QCOMPARE(same.result.outcome, PublishOutcome::Done);
        QCOMPARE(same.result.code, u"unchanged"_s);

        Change cname = change(ChangeAction::Add, u"theirs"_s, {}, {u"elsewhere.example"_s});
        cname.ref.type = RrType::CNAME;
        const Applied ignored = applied(cname);
        QCOMPARE(ignored.result.outcome, PublishOutcome::Failed);
        QCOMPARE(ignored.result.code, u"not-applied"_s);
        QCOMPARE(ignored.entry.outcome, u"failed"_s);

        cname.values << u"other.example"_s;
        const auto two = await(m_service->apply(cname));
        QVERIFY(!two);
        QCOMPARE(two.error().code, ErrorCode::InvalidInput);
    }

    // Someone else's record removed, then restored by the rollback, strings and TTL as they were.
    void removeAndRestore()
    {
        const Applied removed
            = applied(change(ChangeAction::Remove, u"theirs"_s, {u"someone else's"_s}, {}));
        QCOMPARE(removed.result.outcome, PublishOutcome::Done);
        QVERIFY(onKnot(u"theirs"_s).values.isEmpty());
        const auto restored = await(m_service->rollback(removed.entry.id));
        QVERIFY(restored);
        QCOMPARE(restored->entry.change.action, ChangeAction::Add);
        QCOMPARE(restored->result.outcome, PublishOutcome::Done);
        const CurrentRrset back = onKnot(u"theirs"_s);
        QCOMPARE(back.values, QStringList{u"someone else's"_s});
        QCOMPARE(back.ttl, 300u);
    }

    // A key Knot knows but lets update nothing: refused with the server's word, nothing
    // changed, the refusal journaled; verify() says so without changing anything.
    void refusedKey()
    {
        addTsig(u"other"_s,
                u"sceau-other-key"_s,
                Dns::TsigAlgorithm::HmacSha512,
                Test::knotTsigSecret(u"tsig-other.secret"_s));
        const auto verified = await(m_service->verify(u"other"_s));
        QVERIFY(verified);
        QCOMPARE(verified->outcome, PublishOutcome::Failed);
        QCOMPARE(verified->code, u"bad-key"_s);
        const auto good = await(m_service->verify(u"knot"_s));
        QVERIFY(good);
        QCOMPARE(good->outcome, PublishOutcome::Done);

        Change c = change(ChangeAction::Add, u"refused"_s, {}, {u"no"_s});
        c.credential = u"other"_s;
        const Applied refused = applied(c);
        QCOMPARE(refused.result.outcome, PublishOutcome::Failed);
        QCOMPARE(refused.result.code, u"bad-key"_s);
        QCOMPARE(refused.entry.outcome, u"failed"_s);
        QVERIFY(onKnot(u"refused"_s).values.isEmpty());

        // Two credentials publish to the zone now: one must be named.
        const auto ambiguous
            = await(m_service->apply(change(ChangeAction::Add, u"x"_s, {}, {u"x"_s})));
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.error().code, ErrorCode::InvalidInput);
        QVERIFY(await((*m_session->credentials())->remove(u"other"_s)));
    }

    // Failure is never absence: a primary that does not answer makes a guarded change
    // "could not read" and an add "unreachable"; a zone whose SOA cannot be read stops before
    // anything is journaled.
    void unreachable()
    {
        addTsig(u"closed"_s,
                u"sceau-test-key"_s,
                Dns::TsigAlgorithm::HmacSha256,
                Test::knotTsigSecret(u"tsig.secret"_s),
                9);
        Change replace
            = change(ChangeAction::Replace, u"theirs"_s, {u"someone else's"_s}, {u"x"_s});
        replace.credential = u"closed"_s;
        QCOMPARE(applied(replace).result.outcome, PublishOutcome::CouldNotRead);
        Change add = change(ChangeAction::Add, u"new"_s, {}, {u"x"_s});
        add.credential = u"closed"_s;
        QCOMPARE(applied(add).result.outcome, PublishOutcome::Unreachable);

        // A zone that does not exist is said so (an answer), and nothing is journaled.
        Secrets::Credential c;
        c.kind = Secrets::CredentialKind::Tsig;
        c.name = u"nozone"_s;
        c.username = u"sceau-test-key"_s;
        c.zone = u"not-served.test"_s;
        QVERIFY(await((*m_session->credentials())->add(c, Test::knotTsigSecret(u"tsig.secret"_s))));
        Change lost = change(ChangeAction::Add, u"a"_s, {}, {u"x"_s});
        lost.ref = {c.zone, u"a."_s + c.zone, RrType::TXT};
        const qsizetype before = m_service->journal().list()->size();
        const auto stopped = await(m_service->apply(lost));
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::NotFound);

        // The SOA cannot be read (the resolver does not answer): the lookup's failure, never
        // "no primary", and nothing journaled either.
        Dns::ResolverSettings silent = Test::knotSettings();
        silent.servers = {Dns::NameServer{QHostAddress::LocalHost, 9}};
        silent.timeoutMs = 300;
        auto other = Test::session(silent, m_dir.filePath(u"w.sqlite"_s));
        Change unread = change(ChangeAction::Add, u"b"_s, {}, {u"x"_s});
        unread.credential = u"knot"_s;
        const auto failed = await((*other->publishing())->apply(unread));
        QVERIFY(!failed);
        QVERIFY2(failed.error().code == ErrorCode::DnsNetwork
                     || failed.error().code == ErrorCode::DnsTimeout,
                 qPrintable(describe(failed.error())));
        QCOMPARE(m_service->journal().list()->size(), before);
    }
};

QTEST_GUILESS_MAIN(tst_PublishService)
#include "tst_publishservice.moc"
