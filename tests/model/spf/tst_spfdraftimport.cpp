#include "model/dns/zonefileresolver.h"
#include "model/spf/spfdraftimport.h"
#include "model/spf/spfrecord.h"

#include "await.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;

namespace {
// "kept:not-offered ptr": what the wizard is told, as stable tokens (never translated text).
QStringList tokens(const QList<ImportNote> &notes)
{
    static const QStringList actions{u"kept"_s, u"changed"_s, u"dropped"_s};
    static const QStringList reasons{u"not-offered"_s,
                                     u"order-matters"_s,
                                     u"policy-not-offered"_s,
                                     u"no-all"_s,
                                     u"redirect-to-include"_s,
                                     u"redirect-ignored"_s,
                                     u"after-all"_s,
                                     u"duplicate"_s,
                                     u"macro-redirect"_s,
                                     u"invalid"_s};
    QStringList result;
    for (const ImportNote &note : notes) {
        result << (actions.at(int(note.action)) + u':' + reasons.at(int(note.reason)) + u' '
                   + note.term)
                      .trimmed();
        if (note.toString().isEmpty())
            result << u"(no text)"_s;
    }
    return result;
}
} // namespace

// SpfDraft::fromRecord(): a published record mapped to the wizard's draft; every term that does
// not map is kept verbatim (extraTerms) or reported as changed or dropped.
class tst_SpfDraftImport : public QObject
{
    Q_OBJECT
private slots:
    void fromRecord_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("mx");
        QTest::addColumn<bool>("a");
        QTest::addColumn<QStringList>("ip4");
        QTest::addColumn<QStringList>("ip6");
        QTest::addColumn<QStringList>("includes");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("notes");
        QTest::addColumn<QString>("produced"); // the draft's record

        QTest::newRow("everything offered")
            << u"v=spf1 MX a ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.Google.com "
               "include:_inc.spf.test ~all"_s
            << true << true << QStringList{u"192.0.2.0/24"_s} << QStringList{u"2001:db8::/32"_s}
            << QStringList{u"_spf.google.com"_s, u"_inc.spf.test"_s} << QStringList{} << u"~"_s
            << QStringList{}
            << u"v=spf1 mx a ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com "
               "include:_inc.spf.test ~all"_s;
        QTest::newRow("not offered: kept before all")
            << u"v=spf1 ptr a:mail.example.net mx/24 exists:%{i}.x.example include:%{d}.x.example "
               "ip4:192.0.2.1 -all exp=why.example"_s
            << false << false << QStringList{u"192.0.2.1"_s} << QStringList{} << QStringList{}
            << QStringList{u"ptr"_s,
                           u"a:mail.example.net"_s,
                           u"mx/24"_s,
                           u"exists:%{i}.x.example"_s,
                           u"include:%{d}.x.example"_s,
                           u"exp=why.example"_s}
            << u"-"_s
            << QStringList{u"kept:not-offered ptr"_s,
                           u"kept:not-offered a:mail.example.net"_s,
                           u"kept:not-offered mx/24"_s,
                           u"kept:not-offered exists:%{i}.x.example"_s,
                           u"kept:not-offered include:%{d}.x.example"_s,
                           u"kept:not-offered exp=why.example"_s}
            << u"v=spf1 ip4:192.0.2.1 ptr a:mail.example.net mx/24 exists:%{i}.x.example "
               "include:%{d}.x.example exp=why.example -all"_s;
        QTest::newRow("a qualifier fixes the order of what follows")
            << u"v=spf1 mx -ip4:192.0.2.5 ip4:192.0.2.0/24 include:_inc.spf.test ~all"_s << true
            << false << QStringList{} << QStringList{} << QStringList{}
            << QStringList{u"-ip4:192.0.2.5"_s, u"ip4:192.0.2.0/24"_s, u"include:_inc.spf.test"_s}
            << u"~"_s
            << QStringList{u"kept:not-offered -ip4:192.0.2.5"_s,
                           u"kept:order-matters ip4:192.0.2.0/24"_s,
                           u"kept:order-matters include:_inc.spf.test"_s}
            << u"v=spf1 mx -ip4:192.0.2.5 ip4:192.0.2.0/24 include:_inc.spf.test ~all"_s;
        QTest::newRow("+all becomes -all")
            << u"v=spf1 ptr +all"_s << false << false << QStringList{} << QStringList{}
            << QStringList{} << QStringList{u"ptr"_s} << u"-"_s
            << QStringList{u"kept:not-offered ptr"_s, u"changed:policy-not-offered +all"_s}
            << u"v=spf1 ptr -all"_s;
        QTest::newRow("?all becomes -all")
            << u"v=spf1 ip4:192.0.2.1 ?all"_s << false << false << QStringList{u"192.0.2.1"_s}
            << QStringList{} << QStringList{} << QStringList{} << u"-"_s
            << QStringList{u"changed:policy-not-offered ?all"_s} << u"v=spf1 ip4:192.0.2.1 -all"_s;
        QTest::newRow("no all") << u"v=spf1 ip4:192.0.2.1"_s << false << false
                                << QStringList{u"192.0.2.1"_s} << QStringList{} << QStringList{}
                                << QStringList{} << u"-"_s << QStringList{u"changed:no-all"_s}
                                << u"v=spf1 ip4:192.0.2.1 -all"_s;
        QTest::newRow("redirect becomes an include")
            << u"v=spf1 mx redirect=_spf.example.net"_s << true << false << QStringList{}
            << QStringList{} << QStringList{u"_spf.example.net"_s} << QStringList{} << u"-"_s
            << QStringList{u"changed:redirect-to-include redirect=_spf.example.net"_s}
            << u"v=spf1 mx include:_spf.example.net -all"_s;
        QTest::newRow("redirect beside all is dropped")
            << u"v=spf1 mx -all redirect=_spf.example.net"_s << true << false << QStringList{}
            << QStringList{} << QStringList{} << QStringList{} << u"-"_s
            << QStringList{u"dropped:redirect-ignored redirect=_spf.example.net"_s}
            << u"v=spf1 mx -all"_s;
        QTest::newRow("redirect to a macro is dropped")
            << u"v=spf1 redirect=%{d}.example.net"_s << false << false << QStringList{}
            << QStringList{} << QStringList{} << QStringList{} << u"-"_s
            << QStringList{u"dropped:macro-redirect redirect=%{d}.example.net"_s,
                           u"changed:no-all"_s}
            << u"v=spf1 -all"_s;
        QTest::newRow("after all, duplicates")
            << u"v=spf1 mx ip4:192.0.2.1 ip4:192.0.2.1 ~all include:late.example.net"_s << true
            << false << QStringList{u"192.0.2.1"_s} << QStringList{} << QStringList{}
            << QStringList{} << u"~"_s
            << QStringList{u"dropped:duplicate ip4:192.0.2.1"_s,
                           u"dropped:after-all include:late.example.net"_s}
            << u"v=spf1 mx ip4:192.0.2.1 ~all"_s;
        QTest::newRow("unknown modifier kept")
            << u"v=spf1 mx foo=bar -all"_s << true << false << QStringList{} << QStringList{}
            << QStringList{} << QStringList{u"foo=bar"_s} << u"-"_s
            << QStringList{u"kept:not-offered foo=bar"_s} << u"v=spf1 mx foo=bar -all"_s;
    }

    void fromRecord()
    {
        QFETCH(QString, record);
        const auto imported = SpfDraft::fromRecord(u"example.com"_s, record);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
        const SpfDraft &draft = imported->draft;
        QCOMPARE(draft.domain, u"example.com"_s);
        QTEST(draft.mx, "mx");
        QTEST(draft.a, "a");
        QTEST(draft.ip4, "ip4");
        QTEST(draft.ip6, "ip6");
        QTEST(draft.includes, "includes");
        QTEST(draft.extraTerms, "extra");
        QTEST(qualifierToken(draft.policy), "policy");
        QTEST(tokens(imported->notes), "notes");
        QTEST(draft.record(), "produced");
        QVERIFY(SpfRecord::parse(draft.record()));
        QVERIFY(draft.invalidEntries().isEmpty());
    }

    void extraTermsCountTowardTheBudget()
    {
        const auto imported
            = SpfDraft::fromRecord(u"example.com"_s, u"v=spf1 mx ptr exists:x.example -all"_s);
        QVERIFY(imported);
        QCOMPARE(imported->draft.directLookups(), 3); // §4.6.4: mx, ptr, exists
    }

    // Issue 12 §5: one bad term no longer refuses the record: the valid terms load, each bad
    // one is dropped and named with why (what "Fix…" needs to fix it).
    void invalidTermsAreLeftOutAndNamed_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("produced");
        QTest::addColumn<QStringList>("notes");
        QTest::addColumn<QString>("named"); // in the first note's detail
        QTest::newRow("bad address")
            << u"v=spf1 mx ip4:300.1.2.3 include:_spf.google.com -all"_s
            << u"v=spf1 mx include:_spf.google.com -all"_s
            << QStringList{u"dropped:invalid ip4:300.1.2.3"_s} << u"300.1.2.3"_s;
        QTest::newRow("unknown mechanism, policy kept")
            << u"v=spf1 a ipv4:192.0.2.1 ~all"_s << u"v=spf1 a ~all"_s
            << QStringList{u"dropped:invalid ipv4:192.0.2.1"_s} << u"ipv4"_s;
        QTest::newRow("repeated redirect") << u"v=spf1 mx redirect=a.example redirect=b.example"_s
                                           << u"v=spf1 mx include:a.example -all"_s
                                           << QStringList{u"dropped:invalid redirect=b.example"_s,
                                                          u"changed:redirect-to-include "
                                                          "redirect=a.example"_s}
                                           << QString();
        QTest::newRow("all bad") << u"v=spf1 ip4:1.2.3 -all"_s << u"v=spf1 -all"_s
                                 << QStringList{u"dropped:invalid ip4:1.2.3"_s} << u"1.2.3"_s;
    }

    void invalidTermsAreLeftOutAndNamed()
    {
        QFETCH(QString, record);
        QFETCH(QString, produced);
        QFETCH(QStringList, notes);
        QFETCH(QString, named);
        QVERIFY(SpfRecord::syntaxError(record)); // receivers reject it whole
        const auto imported = SpfDraft::fromRecord(u"example.com"_s, record);
        QVERIFY(imported);
        QCOMPARE(imported->draft.record(), produced);
        QCOMPARE(tokens(imported->notes), notes);
        const ImportNote &bad = imported->notes.first();
        QCOMPARE(bad.reason, ImportNote::Reason::Invalid);
        QVERIFY(!bad.detail.isEmpty());
        QVERIFY2(bad.detail.contains(named), qPrintable(bad.detail));
        QVERIFY(bad.toString().contains(bad.term));
        QVERIFY(bad.toString().contains(bad.detail));
    }

    void notAnSpfRecordIsAnError()
    {
        const auto imported = SpfDraft::fromRecord(u"example.com"_s, u"v=DMARC1; p=none"_s);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
    }

    // The TXT answer → what the wizard shows: a failure is never "no record".
    void currentRecord_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("produced");
        using S = CurrentRecord::State;
        QTest::newRow("loaded") << u"good.spf.test"_s << int(S::Loaded)
                                << u"v=spf1 mx ip4:192.0.2.0/24 include:_inc.spf.test -all"_s;
        QTest::newRow("no record") << u"nospf.spf.test"_s << int(S::NoRecord) << QString();
        QTest::newRow("nxdomain") << u"absent.spf.test"_s << int(S::NoRecord) << QString();
        QTest::newRow("several") << u"twice.spf.test"_s << int(S::Several) << QString();
        QTest::newRow("one bad term") << u"syntax.spf.test"_s << int(S::Loaded) << u"v=spf1 -all"_s;
    }

    void currentRecord()
    {
        QFETCH(QString, domain);
        QFETCH(int, state);
        QFETCH(QString, produced);
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneFile(Test::dataPath(u"zones/spf.test.zone"_s)));
        const CurrentRecord current
            = Spf::currentRecord(domain, Test::await(zones.lookup(domain, Dns::RrType::TXT)));
        QCOMPARE(int(current.state), state);
        if (current.state == CurrentRecord::State::Loaded)
            QCOMPARE(current.import.draft.record(), produced);
        if (current.state == CurrentRecord::State::Invalid)
            QCOMPARE(current.error.code, ErrorCode::InvalidInput);
    }

    void failedLookupIsNotNoRecord()
    {
        Dns::LookupResult timeout;
        timeout.name = u"example.com"_s;
        timeout.type = Dns::RrType::TXT;
        timeout.status = Dns::LookupStatus::Timeout;
        const CurrentRecord current = Spf::currentRecord(u"example.com"_s, timeout);
        QCOMPARE(current.state, CurrentRecord::State::LookupFailed);
        QCOMPARE(current.error.code, ErrorCode::DnsTimeout);
    }
};

QTEST_GUILESS_MAIN(tst_SpfDraftImport)
#include "tst_spfdraftimport.moc"
