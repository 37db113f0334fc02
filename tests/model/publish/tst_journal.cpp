#include "model/publish/journal.h"
#include "model/storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Publish;
using namespace Qt::StringLiterals;

namespace {
JournalEntry entry(ChangeAction action, const QStringList &before, const QStringList &after)
{
    JournalEntry e;
    e.id = 7;
    e.backend = u"tsig"_s;
    e.change.credential = u"knot"_s;
    e.change.ref = {u"example.com"_s, u"sel._domainkey.example.com"_s, Dns::RrType::TXT};
    e.change.action = action;
    e.change.expected = before;
    e.change.values = after;
    e.change.ttl = 60;
    e.before = before;
    e.beforeTtl = 3600;
    e.outcome = u"done"_s;
    return e;
}
} // namespace

// The journal's table (written before a change is sent, completed after) and the one rule of
// what undoes an entry.
class tst_Journal : public QObject
{
    Q_OBJECT
private slots:
    void rollbackReverses_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<int>("undo");
        QTest::newRow("add") << int(ChangeAction::Add) << QStringList{} << QStringList{u"a"_s}
                             << int(ChangeAction::Remove);
        QTest::newRow("remove") << int(ChangeAction::Remove) << QStringList{u"a"_s} << QStringList{}
                                << int(ChangeAction::Add);
        QTest::newRow("replace") << int(ChangeAction::Replace) << QStringList{u"a"_s, u"b"_s}
                                 << QStringList{u"c"_s} << int(ChangeAction::Replace);
    }
    void rollbackReverses()
    {
        QFETCH(int, action);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(int, undo);
        const auto reversed = rollbackOf(entry(ChangeAction(action), before, after));
        QVERIFY(reversed);
        QCOMPARE(int(reversed->action), undo);
        QCOMPARE(reversed->expected, after); // guarded: what the entry wrote must still be there
        QCOMPARE(reversed->values, before);
        QCOMPARE(reversed->ttl, 3600u); // the previous TTL
        QCOMPARE(reversed->rollbackOf, std::optional<qint64>(7));
        QCOMPARE(reversed->credential, u"knot"_s);
    }

    void onlyDoneEntriesRollBack()
    {
        for (const QString &outcome : {u"pending"_s, u"changed"_s, u"failed"_s}) {
            JournalEntry e = entry(ChangeAction::Add, {}, {u"a"_s});
            e.outcome = outcome;
            const auto reversed = rollbackOf(e);
            QVERIFY(!reversed);
            QCOMPARE(reversed.error().code, ErrorCode::InvalidInput);
        }
        QVERIFY(!rollbackOf(entry(ChangeAction::Remove, {}, {}))); // removed nothing
    }

    void tableRoundTrip()
    {
        QTemporaryDir dir;
        auto workspace = Storage::Workspace::open(dir.filePath(u"w.sqlite"_s));
        QVERIFY(workspace);
        Journal journal(workspace->get());
        JournalEntry e = entry(ChangeAction::Replace, {u"a \"q\""_s}, {u"b"_s, u"c"_s});
        e.change.rollbackOf = 3;
        const auto id = journal.begin(e);
        QVERIFY(id);
        auto stored = journal.find(*id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->outcome, u"pending"_s); // before anything is sent
        QCOMPARE((*stored)->before, e.before);
        QCOMPARE((*stored)->change.values, e.change.values);
        QCOMPARE((*stored)->change.ref, e.change.ref);
        QCOMPARE((*stored)->change.rollbackOf, std::optional<qint64>(3));
        QVERIFY((*stored)->time.isValid());

        PublishResult result;
        result.outcome = PublishOutcome::Changed;
        result.before = {u"z"_s};
        result.detail = u"why"_s;
        QVERIFY(journal.finish(*id, result, true));
        stored = journal.find(*id);
        QCOMPARE((*stored)->outcome, u"changed"_s);
        QCOMPARE((*stored)->before, QStringList{u"z"_s});
        QCOMPARE((*stored)->detail, u"why"_s);

        QVERIFY(journal.begin(entry(ChangeAction::Add, {}, {u"x"_s})));
        const auto all = journal.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QVERIFY(all->first().id > all->last().id);
        QCOMPARE(journal.list(100, u"other.example"_s)->size(), 0);
        QVERIFY(!journal.find(999).value());
    }
};

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
