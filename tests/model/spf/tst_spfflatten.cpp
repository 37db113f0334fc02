#include "model/core/async.h"
#include "model/dns/liveresolver.h"
#include "model/spf/draftresolver.h"
#include "model/spf/spfdraftimport.h"
#include "model/spf/spfflatten.h"
#include "model/spf/spftreebuilder.h"
#include "model/spf/spfvalidator.h"

#include "await.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;
using Test::await;

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

// Flattening an include into the ip4/ip6 terms it authorises, on trees built over the test
// Knot (spf.test zone): what is flattened, what is refused, and the budget it saves.
class tst_SpfFlatten : public QObject
{
    Q_OBJECT
private:
    Dns::LiveResolver m_resolver{Test::knotConfig()};

    SpfTreeNode tree(const QString &domain)
    {
        SpfTreeBuilder builder(&m_resolver);
        return await(builder.build(domain));
    }

private slots:
    void flattenedTerms_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("terms"); // sorted
        QTest::newRow("ranges, a/24, mx, nested include") << u"f1.spf.test"_s
                                                          << sorted({u"ip4:203.0.113.0/25"_s,
                                                                     u"ip4:198.51.100.0/24"_s,
                                                                     u"ip4:192.0.2.10"_s,
                                                                     u"ip6:2001:db8::10"_s,
                                                                     u"ip6:2001:db8:1::/48"_s,
                                                                     u"ip4:198.51.100.7"_s});
        QTest::newRow("a with CIDR lengths, deduplicated")
            << u"l1.spf.test"_s
            << sorted({u"ip4:198.51.100.7"_s, u"ip4:198.51.100.0/24"_s, u"ip4:198.51.0.0/16"_s});
        QTest::newRow("redirect followed")
            << u"fredir.spf.test"_s << sorted({u"ip6:2001:db8:1::/48"_s, u"ip4:198.51.100.7"_s});
        QTest::newRow("redirect beside all ignored (§6.1)")
            << u"fredirall.spf.test"_s << QStringList{u"ip4:192.0.2.1"_s};
    }

    void flattenedTerms()
    {
        QFETCH(QString, domain);
        const auto terms = Spf::flattenedTerms(tree(domain));
        QVERIFY2(terms, qPrintable(terms ? QString() : terms.error().detail));
        QTEST(sorted(*terms), "terms");
    }

    void refused_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("named"); // what the reason points at (data, not wording)
        QTest::newRow("ptr") << u"ptr.spf.test"_s << u"ptr"_s;
        QTest::newRow("exists") << u"voids.spf.test"_s << u"exists:nx3.spf.test"_s;
        QTest::newRow("macro") << u"fmacro.spf.test"_s << u"%{d}"_s;
        QTest::newRow("qualified range") << u"fneg.spf.test"_s << u"-ip4:192.0.2.5"_s;
        QTest::newRow("+all") << u"plusall.spf.test"_s << u"plusall.spf.test"_s;
        QTest::newRow("no record (§5.2: permerror)") << u"nothing.spf.test"_s << u"no-record"_s;
        QTest::newRow("include without record") << u"incnone.spf.test"_s << u"no-record"_s;
        QTest::newRow("loop") << u"loop.spf.test"_s << u"loop"_s;
        QTest::newRow("syntax error") << u"syntax.spf.test"_s << u"syntax-error"_s;
    }

    void refused()
    {
        QFETCH(QString, domain);
        QFETCH(QString, named);
        const auto terms = Spf::flattenedTerms(tree(domain));
        QVERIFY(!terms);
        QCOMPARE(terms.error().code, ErrorCode::InvalidInput);
        QVERIFY2(terms.error().detail.contains(named), qPrintable(terms.error().detail));
    }

    void failedLookupsAreRefused()
    {
        // The root could not be fetched, or one a: lookup failed: addresses unknown.
        SpfTreeNode failed;
        failed.domain = u"x.example"_s;
        failed.state = SpfTreeNode::State::LookupFailed;
        failed.detail = u"timeout"_s;
        QVERIFY(!Spf::flattenedTerms(failed));

        Dns::ResolverConfig silent = Test::knotConfig();
        silent.servers = {*Dns::NameServer::parse(u"127.0.0.1:9"_s)}; // nobody answers there
        Dns::LiveResolver unreachable(silent);
        SpfTreeBuilder builder(&unreachable);
        Dns::LookupResult txt;
        txt.name = u"y.example"_s;
        txt.type = Dns::RrType::TXT;
        txt.status = Dns::LookupStatus::Answer;
        Dns::ResourceRecord record;
        record.owner = txt.name;
        record.type = Dns::RrType::TXT;
        record.txtStrings = {"v=spf1 a:host.y.example -all"};
        txt.records = {record};
        const SpfTreeNode node = await(builder.build(Publication::from(txt.name, txt)));
        QCOMPARE(node.failures.size(), 2); // A and AAAA
        for (const LookupFailure &failure : node.failures) {
            QCOMPARE(failure.term, u"a:host.y.example"_s);
            QCOMPARE(failure.name, u"host.y.example"_s);
            QVERIFY(Dns::isFailure(failure.status));
        }
        QVERIFY(node.voidTerms.isEmpty()); // a failure is never void (RFC 7208 §4.6.4)
        const auto terms = Spf::flattenedTerms(node);
        QVERIFY(!terms);
        QVERIFY(terms.error().detail.contains(u"a:host.y.example"_s));
    }

    // The draft of many.spf.test (12 lookups): flatten l1 and l2, the budget drops to 4.
    void flattenIncludeSavesLookups()
    {
        const auto imported = SpfDraft::fromRecord(
            u"many.spf.test"_s,
            u"v=spf1 include:l1.spf.test include:l2.spf.test include:l3.spf.test -all"_s);
        QVERIFY(imported);
        DraftResolver draftResolver(&m_resolver);
        draftResolver.setDraft(imported->draft.domain, imported->draft.strings());
        SpfValidator validator(&draftResolver);
        SpfValidation validation = await(validator.validate(
            Publication::from(imported->draft.domain, draftResolver.draftAnswer())));
        QCOMPARE(validation.lookups, 12);
        QVERIFY(validation.tree);
        const QList<SpfTreeNode> includes = validation.tree->children;
        QCOMPARE(includes.size(), 3);

        auto flat = flattenInclude(imported->draft, includes.at(0));
        QVERIFY(flat);
        flat = flattenInclude(*flat, includes.at(1));
        QVERIFY(flat);
        QCOMPARE(flat->includes, QStringList{u"l3.spf.test"_s});
        QCOMPARE(sorted(flat->ip4),
                 sorted({u"198.51.100.7"_s, u"198.51.100.0/24"_s, u"198.51.0.0/16"_s}));
        QCOMPARE(flat->flattened, (QStringList{u"l1.spf.test"_s, u"l2.spf.test"_s}));
        QVERIFY(flat->record().startsWith(u"v=spf1 ip4:"_s));
        draftResolver.setDraft(flat->domain, flat->strings());
        validation = await(
            validator.validate(Publication::from(flat->domain, draftResolver.draftAnswer())));
        QCOMPARE(validation.lookups, 4); // include:l3 and its three a terms

        // Not an include of the draft: refused.
        QVERIFY(!flattenInclude(*flat, includes.at(0)));
    }
};

QTEST_GUILESS_MAIN(tst_SpfFlatten)
#include "tst_spfflatten.moc"
