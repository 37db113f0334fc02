#include "model/dkim/keytable.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"
#include "model/storage/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Storage;
using namespace Qt::StringLiterals;

namespace {
// A check of domain at `at`, as the CLI saves it.
[[maybe_unused]] CheckEntry entry(const QString &domain,
                                  const QDateTime &at,
                                  const QString &resolver,
                                  bool complete,
                                  std::optional<int> score)
{
    return CheckEntry{
        0, domain, at, resolver, complete, score, complete ? u"good"_s : u"could-not-check"_s};
}
} // namespace

// The domains list of the workspace (issue 12 §1): add, remove, client and tags, import.
class tst_DomainList : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_workspace.reset();
        auto opened = Workspace::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)));
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
    }

    // What a person types or pastes is normalized: a URL gives its host, case and the final
    // dot go; adding twice keeps one row, the client replaced and the tags merged.
    void addNormalizesAndMerges()
    {
        DomainList list(m_workspace.get());
        const auto first = list.add(u"https://Example.TEST/path?x=1"_s, u"ACME"_s, {u"prod"_s});
        QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));
        QCOMPARE(first->name, u"example.test"_s);
        QCOMPARE(first->client, u"ACME"_s);
        QCOMPARE(first->tags, QStringList{u"prod"_s});
        const auto again = list.add(u"example.test."_s, {}, {u"eu"_s, u"prod"_s});
        QVERIFY(again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->client, u"ACME"_s); // an empty client leaves it
        QCOMPARE(again->tags, (QStringList{u"prod"_s, u"eu"_s}));
        QVERIFY(list.add(u"b.test"_s, u"Other"_s));
        const auto all = list.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"b.test"_s);
        QCOMPARE(all->at(1).name, u"example.test"_s);
        QVERIFY(all->at(1).added.isValid());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("bad name") << u"bad..name"_s << QString() << QStringList();
        QTest::newRow("empty tag") << u"a.test"_s << QString() << QStringList{u" "_s};
        QTest::newRow("long tag") << u"a.test"_s << QString() << QStringList{QString(65, u'x')};
        QTest::newRow("control in client")
            << u"a.test"_s << (u"a"_s + QChar(1) + u"b"_s) << QStringList();
        QTest::newRow("long client") << u"a.test"_s << QString(201, u'c') << QStringList();
        QStringList many;
        for (int i = 0; i < DomainList::MaxTags + 1; ++i)
            many << u"t%1"_s.arg(i);
        QTest::newRow("too many tags") << u"a.test"_s << QString() << many;
    }
    void refusesBadInput()
    {
        QFETCH(QString, domain);
        QFETCH(QString, client);
        QFETCH(QStringList, tags);
        DomainList list(m_workspace.get());
        const auto added = list.add(domain, client, tags);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        QVERIFY(list.list()->isEmpty());
    }

    void setClientAndTags()
    {
        DomainList list(m_workspace.get());
        QVERIFY(list.add(u"a.test"_s, u"One"_s, {u"x"_s}));
        QVERIFY(list.setClient(u"A.test"_s, u"Two"_s));
        QVERIFY(list.setTags(u"a.test"_s, {u"y"_s, u"z"_s}));
        QCOMPARE(list.find(u"a.test"_s)->client, u"Two"_s);
        QCOMPARE(list.find(u"a.test"_s)->tags, (QStringList{u"y"_s, u"z"_s}));
        QVERIFY(list.setTags(u"a.test"_s, {}));
        QVERIFY(list.find(u"a.test"_s)->tags.isEmpty());
        QCOMPARE(list.setClient(u"absent.test"_s, u"x"_s).error().code, ErrorCode::NotFound);
    }

    // Removing takes the domain off the list with its checks; a domain whose DKIM keys name it
    // keeps its row (the keys keep their domain), unlisted, and is listed again when added.
    void removeDeletesChecksAndKeepsKeyedDomains()
    {
        DomainList list(m_workspace.get());
        CheckHistory history(m_workspace.get());
        QVERIFY(list.add(u"plain.test"_s));
        QVERIFY(history.save(
            entry(u"plain.test"_s, QDateTime::currentDateTimeUtc(), u"system"_s, true, 100),
            {{u"domain"_s, u"plain.test"_s}}));
        QVERIFY(list.remove(u"plain.test"_s));
        QCOMPARE(list.find(u"plain.test"_s).error().code, ErrorCode::NotFound);
        QCOMPARE(list.remove(u"plain.test"_s).error().code, ErrorCode::NotFound);
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM checks"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(u"SELECT count(*) FROM domains WHERE name = 'plain.test'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        const auto keyed = list.add(u"keyed.test"_s);
        QVERIFY(keyed);
        QVERIFY(query.exec(u"INSERT INTO dkim_keys (domain_id, selector, algorithm, bits, state, "
                           "created, public_key, secret_key) VALUES (%1, 's1', 'rsa', 2048, "
                           "'generated', '2026-01-01T00:00:00Z', x'00', 'k')"_s.arg(keyed->id)));
        QVERIFY(list.remove(u"keyed.test"_s));
        QVERIFY(list.list()->isEmpty());
        QCOMPARE(m_workspace->domains().value(), QStringList{u"keyed.test"_s});
        const auto back = list.add(u"keyed.test"_s);
        QVERIFY(back);
        QCOMPARE(back->id, keyed->id);
        QCOMPARE(list.list()->size(), 1);
    }

    // Valid lines are added, comments and blank lines skipped, and each bad line is reported
    // with its number; nothing valid is lost to a bad line.
    void importReportsEachBadLine()
    {
        DomainList list(m_workspace.get());
        const auto result = list.import("# clients\n"
                                        "one.test\n"
                                        "\n"
                                        "bad..name   # typo\n"
                                        "  https://Two.test/login  \r\n"
                                        "one.test\n"
                                        "with space.test\n",
                                        u"MSP"_s,
                                        {u"batch"_s});
        QVERIFY(result);
        QCOMPARE(result->added, (QStringList{u"one.test"_s, u"two.test"_s, u"one.test"_s}));
        QCOMPARE(result->errors.size(), 2);
        QCOMPARE(result->errors.at(0).line, 4);
        QCOMPARE(result->errors.at(0).text, u"bad..name"_s);
        QCOMPARE(result->errors.at(0).error.code, ErrorCode::InvalidInput);
        QCOMPARE(result->errors.at(1).line, 7);
        const auto all = list.list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).client, u"MSP"_s);
        QCOMPARE(all->at(1).tags, QStringList{u"batch"_s});
    }

    // Untrusted input is bounded: over 1 MiB or 10 000 lines, nothing is added.
    void importIsBounded_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("too large")
            << QByteArray("a.test\n") + QByteArray(DomainList::MaxImportBytes, '#');
        QTest::newRow("too many lines")
            << QByteArray("a.test") + QByteArray(DomainList::MaxImportLines, '\n');
    }
    void importIsBounded()
    {
        QFETCH(QByteArray, text);
        DomainList list(m_workspace.get());
        const auto result = list.import(text);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(list.list()->isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(tst_DomainList)
#include "tst_domainlist.moc"
