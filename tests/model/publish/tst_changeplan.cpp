#include "model/publish/changeplan.h"

#include <QTest>

using namespace Sceau::Publish;
using namespace Qt::StringLiterals;
using Kind = ApiChange::Kind;

// planChanges(): the fewest writes, only to the RRset's own records, the name never empty
// during a replace (updates and creates before deletes).
class ChangePlanTest : public QObject
{
    Q_OBJECT
private slots:
    void sameValuesSameTtlIsNothing()
    {
        QVERIFY(planChanges({{u"1"_s, u"a"_s, 300}, {u"2"_s, u"b"_s, 300}}, {u"b"_s, u"a"_s}, 300)
                    .isEmpty());
    }

    void anotherTtlIsAnUpdate()
    {
        QCOMPARE(planChanges({{u"1"_s, u"a"_s, 300}}, {u"a"_s}, 600),
                 (QList<ApiChange>{{Kind::Update, u"1"_s, u"a"_s, 600}}));
    }

    void addIsCreates()
    {
        QCOMPARE(
            planChanges({}, {u"a"_s, u"a"_s, u"b"_s}, 300),
            (QList<ApiChange>{{Kind::Create, {}, u"a"_s, 300}, {Kind::Create, {}, u"b"_s, 300}}));
    }

    // {one, two, three} -> {two, four}: two kept, one becomes four, three goes.
    void replaceReusesRecordsThenDeletes()
    {
        const QList<ApiRecord> now{
            {u"1"_s, u"one"_s, 300}, {u"2"_s, u"two"_s, 300}, {u"3"_s, u"three"_s, 300}};
        QCOMPARE(planChanges(now, {u"two"_s, u"four"_s}, 300),
                 (QList<ApiChange>{{Kind::Update, u"1"_s, u"four"_s, 300},
                                   {Kind::Delete, u"3"_s, {}, 0}}));
    }

    void growingCreatesAfterUpdates()
    {
        QCOMPARE(planChanges({{u"1"_s, u"old"_s, 300}}, {u"x"_s, u"y"_s}, 300),
                 (QList<ApiChange>{{Kind::Update, u"1"_s, u"x"_s, 300},
                                   {Kind::Create, {}, u"y"_s, 300}}));
    }

    // A duplicate record of a kept value is deleted: an RRset has no duplicates.
    void duplicateRecordIsDeleted()
    {
        QCOMPARE(planChanges({{u"1"_s, u"a"_s, 300}, {u"2"_s, u"a"_s, 300}}, {u"a"_s}, 300),
                 (QList<ApiChange>{{Kind::Delete, u"2"_s, {}, 0}}));
    }

    void removeIsDeletes()
    {
        QCOMPARE(planChanges({{u"1"_s, u"a"_s, 300}, {u"2"_s, u"b"_s, 300}}, {}, 0),
                 (QList<ApiChange>{{Kind::Delete, u"1"_s, {}, 0}, {Kind::Delete, u"2"_s, {}, 0}}));
    }
};

QTEST_GUILESS_MAIN(ChangePlanTest)
#include "tst_changeplan.moc"
