#include "model/publish/recordvalue.h"
#include "model/publish/rfc2136publisher.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Publish;
using Dns::RrType;
using namespace Qt::StringLiterals;

namespace {

RrsetRef txtAt(const QString &name)
{
    return {u"publisher.test"_s, name + u".publisher.test"_s, RrType::TXT};
}
} // namespace

// The publisher's guards against the test Knot (zone publisher.test, reloaded first): a value
// read with its strings split is the same value typed whole; a change made by someone else
// after the user looked is never overwritten; what happened is read back from Knot.
class Rfc2136PublisherTest : public QObject
{
    Q_OBJECT
private:
    Rfc2136Publisher m_publisher{Test::knotServer(), Test::knotTsigKey()};

    QStringList valuesAt(const QString &name)
    {
        const CurrentRrset now = Test::await(m_publisher.read(txtAt(name)));
        [&] { QVERIFY2(!now.failed(), qPrintable(now.failure.value_or(QString()))); }();
        return now.values;
    }

private slots:
    void initTestCase() { QVERIFY(Test::reloadKnotZone(u"publisher.test"_s)); }

    // The zone file splits "v=spf1 " "-all": read, it is the value the user knows.
    void readNormalises()
    {
        QCOMPARE(valuesAt(u"replace"_s), QStringList{u"v=spf1 -all"_s});
        const CurrentRrset none = Test::await(m_publisher.read(txtAt(u"nothing"_s)));
        QVERIFY(!none.failed());
        QVERIFY(none.values.isEmpty());
    }

    void addThenAddAgain()
    {
        const PublishResult added
            = Test::await(m_publisher.add(txtAt(u"pub-add"_s), {u"hello"_s}, 300));
        QCOMPARE(added.outcome, PublishOutcome::Done);
        QCOMPARE(valuesAt(u"pub-add"_s), QStringList{u"hello"_s});
        const PublishResult again
            = Test::await(m_publisher.add(txtAt(u"pub-add"_s), {u"other"_s}, 300));
        QCOMPARE(again.outcome, PublishOutcome::Changed);
        QCOMPARE(valuesAt(u"pub-add"_s), QStringList{u"hello"_s});
    }

    // Replace with what the user saw, typed whole while the zone holds it split: done. Then the
    // same stale view again: refused before sending, nothing changed.
    void replaceGuarded()
    {
        const PublishResult done = Test::await(m_publisher.replace(
            txtAt(u"replace"_s), {u"v=spf1 -all"_s}, {u"v=spf1 mx -all"_s}, 300));
        QCOMPARE(done.outcome, PublishOutcome::Done);
        QCOMPARE(done.before, QStringList{u"v=spf1 -all"_s});
        QCOMPARE(valuesAt(u"replace"_s), QStringList{u"v=spf1 mx -all"_s});

        const PublishResult stale = Test::await(m_publisher.replace(
            txtAt(u"replace"_s), {u"v=spf1 -all"_s}, {u"v=spf1 a -all"_s}, 300));
        QCOMPARE(stale.outcome, PublishOutcome::Changed);
        QCOMPARE(stale.before, QStringList{u"v=spf1 mx -all"_s});
        QCOMPARE(valuesAt(u"replace"_s), QStringList{u"v=spf1 mx -all"_s});
    }

    // A long value goes out split into 255-octet strings and reads back whole.
    void longValueRoundTrip()
    {
        const QString key = u"v=DKIM1; k=rsa; p="_s + QString(400, u'A');
        QCOMPARE(Test::await(m_publisher.add(txtAt(u"pub-long"_s), {key}, 300)).outcome,
                 PublishOutcome::Done);
        QCOMPARE(valuesAt(u"pub-long"_s), QStringList{key});
    }

    void removeGuarded()
    {
        QCOMPARE(Test::await(m_publisher.remove(txtAt(u"remove"_s), {u"not it"_s})).outcome,
                 PublishOutcome::Changed);
        QCOMPARE(valuesAt(u"remove"_s), QStringList{u"to be removed"_s});
        QCOMPARE(Test::await(m_publisher.remove(txtAt(u"remove"_s), {u"to be removed"_s})).outcome,
                 PublishOutcome::Done);
        QVERIFY(valuesAt(u"remove"_s).isEmpty());
    }

    // The primary cannot be read: nothing is sent, and the result says it could not read.
    void unreadablePrimaryIsCouldNotRead()
    {
        Dns::NameServer closed = Test::knotServer();
        closed.port = 9;
        Rfc2136Publisher publisher(closed, Test::knotTsigKey(), 300);
        const PublishResult result = Test::await(
            publisher.replace(txtAt(u"guarded"_s), {u"someone else's"_s}, {u"mine"_s}, 300));
        QCOMPARE(result.outcome, PublishOutcome::CouldNotRead);
        QVERIFY(!result.detail.isEmpty());
        QCOMPARE(valuesAt(u"guarded"_s), QStringList{u"someone else's"_s});
    }
};

QTEST_GUILESS_MAIN(Rfc2136PublisherTest)
#include "tst_rfc2136publisher.moc"
