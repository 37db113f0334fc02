#include "model/dns/zonefileresolver.h"
#include "model/spf/draftresolver.h"
#include "model/spf/spfdraft.h"
#include "model/spf/spfevaluator.h"
#include "model/spf/spfrecord.h"
#include "model/spf/spfvalidator.h"

#include "await.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;
using Test::await;

// The wizard's draft: record text, ≤255-byte strings, zone line, and what-if evaluation of the
// draft as if published (the rest of the DNS being the real one: here the spf.test zone).
class tst_SpfDraft : public QObject
{
    Q_OBJECT
private slots:
    void record()
    {
        SpfDraft draft;
        draft.domain = u"new.spf.test"_s;
        draft.mx = true;
        draft.ip4 = {u"192.0.2.0/24"_s};
        draft.ip6 = {u"2001:db8::/32"_s};
        draft.includes = {u"_inc.spf.test"_s};
        draft.policy = Qualifier::SoftFail;
        QCOMPARE(draft.record(),
                 u"v=spf1 mx ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_inc.spf.test ~all"_s);
        QVERIFY(SpfRecord::parse(draft.record()));
        QCOMPARE(draft.directLookups(), 2);
        QCOMPARE(draft.zoneLine(), u"new.spf.test. 3600 IN TXT \"%1\""_s.arg(draft.record()));
        QVERIFY(draft.invalidEntries().isEmpty());
        draft.ip4 << u"300.1.1.1"_s << u"1.2.3.4 -all"_s;
        draft.includes << u"bad..name"_s;
        QCOMPARE(draft.invalidEntries(),
                 (QStringList{u"300.1.1.1"_s, u"1.2.3.4 -all"_s, u"bad..name"_s}));
    }

    void longRecordIsSplitAt255Bytes()
    {
        SpfDraft draft;
        draft.domain = u"big.example"_s;
        for (int i = 0; i < 40; ++i)
            draft.ip4 << u"198.51.100.%1"_s.arg(i);
        const QStringList strings = draft.strings();
        QVERIFY(strings.size() >= 3);
        for (const QString &string : strings)
            QVERIFY(string.toLatin1().size() <= 255);
        QCOMPARE(strings.join(QString()), draft.record());
        QVERIFY(strings.first().endsWith(u' ')); // cut at a space
    }

    void whatIfEvaluatesTheDraft()
    {
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneFile(Test::dataPath(u"zones/spf.test.zone"_s)));
        SpfDraft draft;
        draft.domain = u"good.spf.test"_s; // replaces the published record for this check
        draft.ip4 = {u"203.0.113.0/24"_s};
        draft.includes = {u"_inc.spf.test"_s};
        DraftResolver resolver(&zones);
        resolver.setDraft(draft.domain, draft.strings());
        SpfEvaluator evaluator(&resolver);
        const auto evaluate = [&](const QString &ip) {
            return await(evaluator.evaluate({QHostAddress(ip), u"postmaster@good.spf.test"_s, {}}));
        };
        QCOMPARE(evaluate(u"203.0.113.9"_s).verdict, Verdict::Pass);
        QCOMPARE(evaluate(u"198.51.100.7"_s).matchedTerm, u"include:_inc.spf.test"_s);
        QCOMPARE(evaluate(u"192.0.2.5"_s).verdict, Verdict::Fail); // published, not in the draft

        SpfValidator validator(&resolver);
        const SpfValidation validation
            = await(validator.validate(Publication::from(draft.domain, resolver.draftAnswer())));
        QCOMPARE(validation.lookups, 2); // include + a:out.spf.test inside it
        QVERIFY(validation.findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SpfDraft)
#include "tst_spfdraft.moc"
