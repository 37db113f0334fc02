#include "model/dmarc/dmarccheck.h"
#include "model/dmarc/dmarcfindings.h"
#include "model/dmarc/dmarcrecord.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dmarc;
using namespace Qt::StringLiterals;

namespace {
QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list << finding.id;
    return list;
}

const Finding *find(const QList<Finding> &findings, const QString &id)
{
    for (const Finding &finding : findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}
} // namespace

// The DMARC record parser (RFC 9989 §4.7, §4.8), table-driven: what is a record (case
// included), each tag's values and default, each error with its offset, legacy tags.
class DmarcRecordTest : public QObject
{
    Q_OBJECT
private slots:
    void isRecord_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("record");
        QTest::newRow("plain") << "v=DMARC1; p=none"_ba << true;
        QTest::newRow("version only") << "v=DMARC1"_ba << true;
        QTest::newRow("spaces around =") << "v = DMARC1 ;p=none"_ba << true;
        QTest::newRow("capital V (ABNF literal)") << "V=DMARC1; p=none"_ba << true;
        QTest::newRow("leading space") << "  v=DMARC1; p=none"_ba << true;
        QTest::newRow("lower-case value") << "v=dmarc1; p=none"_ba << false;
        QTest::newRow("mixed-case value") << "v=Dmarc1; p=none"_ba << false;
        QTest::newRow("not first") << "p=none; v=DMARC1"_ba << false;
        QTest::newRow("version 2") << "v=DMARC2; p=none"_ba << false;
        QTest::newRow("longer token") << "v=DMARC10; p=none"_ba << false;
        QTest::newRow("spf") << "v=spf1 -all"_ba << false;
        QTest::newRow("empty") << ""_ba << false;
    }
    void isRecord()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, record);
        QCOMPARE(isDmarcRecord(text), record);
        QCOMPARE(parseRecord(text).isDmarc, record);
    }

    void defaults()
    {
        const Record record = parseRecord("v=DMARC1; p=quarantine; rua=mailto:d@example.com");
        QVERIFY(record.valid);
        QCOMPARE(record.effective.policy, Policy::Quarantine);
        QCOMPARE(record.effective.subdomainPolicy, Policy::Quarantine);   // sp defaults to p
        QCOMPARE(record.effective.nonExistentPolicy, Policy::Quarantine); // np to sp
        QCOMPARE(record.effective.dkimAlignment, AlignmentMode::Relaxed);
        QCOMPARE(record.effective.spfAlignment, AlignmentMode::Relaxed);
        QCOMPARE(record.effective.testMode, false);
        QCOMPARE(record.effective.psd, PsdFlag::Unknown);
        QCOMPARE(record.failureOptions, QStringList{u"0"_s});
        QCOMPARE(record.rua, QStringList{u"mailto:d@example.com"_s});
        QCOMPARE(ids(record.findings), QStringList());
    }

    void everyTag()
    {
        const Record record = parseRecord(
            "v=DMARC1; p=reject; sp=quarantine; np=none; psd=n; t=y; adkim=s; aspf=S; "
            "rua=mailto:a@example.com,mailto:b@example.net; ruf=mailto:f@example.com; fo=1:d");
        QVERIFY(record.valid);
        QCOMPARE(record.effective.policy, Policy::Reject);
        QCOMPARE(record.effective.subdomainPolicy, Policy::Quarantine);
        QCOMPARE(record.effective.nonExistentPolicy, Policy::None);
        QCOMPARE(record.effective.psd, PsdFlag::No);
        QVERIFY(record.effective.testMode);
        QCOMPARE(record.effective.dkimAlignment, AlignmentMode::Strict);
        QCOMPARE(record.effective.spfAlignment, AlignmentMode::Strict);
        QCOMPARE(record.rua.size(), 2);
        QCOMPARE(record.ruf, QStringList{u"mailto:f@example.com"_s});
        QCOMPARE(record.failureOptions, (QStringList{u"1"_s, u"d"_s}));
        QCOMPARE(record.tags.size(), 11);
        QCOMPARE(record.tag(u"aspf"_s)->value, u"S"_s); // as written
        QCOMPARE(ids(record.findings), QStringList());
        // sp and np weaker than p, t=y: policy findings on top of the record's own.
        QCOMPARE(ids(recordFindings(record, u"example.com"_s)),
                 (QStringList{FindingId::TestMode,
                              FindingId::SubdomainWeaker,
                              FindingId::NonExistentWeaker}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("offset"); // "" when the finding has no offset
        QTest::addColumn<bool>("valid");
        QTest::newRow("bad p") << "v=DMARC1; p=block; rua=mailto:d@example.com"_ba
                               << FindingId::InvalidValue << u"10"_s << true;
        QTest::newRow("bad p, no rua")
            << "v=DMARC1; p=block"_ba << FindingId::NoPolicyNoRua << u""_s << false;
        QTest::newRow("no p, rua: p=none")
            << "v=DMARC1; rua=mailto:d@example.com"_ba << FindingId::NoPolicy << u""_s << true;
        QTest::newRow("no p, no rua")
            << "v=DMARC1"_ba << FindingId::NoPolicyNoRua << u""_s << false;
        QTest::newRow("bad sp") << "v=DMARC1; p=reject; sp=maybe"_ba << FindingId::InvalidValue
                                << u"20"_s << true;
        QTest::newRow("bad np") << "v=DMARC1; p=reject; np=x"_ba << FindingId::InvalidValue
                                << u"20"_s << true;
        QTest::newRow("bad adkim")
            << "v=DMARC1; p=reject; adkim=x"_ba << FindingId::InvalidValue << u"20"_s << true;
        QTest::newRow("bad aspf") << "v=DMARC1; p=reject; aspf=strict"_ba << FindingId::InvalidValue
                                  << u"20"_s << true;
        QTest::newRow("bad t") << "v=DMARC1; p=reject; t=yes"_ba << FindingId::InvalidValue
                               << u"20"_s << true;
        QTest::newRow("bad psd") << "v=DMARC1; p=reject; psd=maybe"_ba << FindingId::InvalidValue
                                 << u"20"_s << true;
        QTest::newRow("bad fo") << "v=DMARC1; p=reject; fo=2"_ba << FindingId::InvalidValue
                                << u"20"_s << true;
        QTest::newRow("duplicate")
            << "v=DMARC1; p=reject; p=none"_ba << FindingId::DuplicateTag << u"20"_s << false;
        QTest::newRow("duplicate, other case")
            << "v=DMARC1; p=reject; P=none"_ba << FindingId::DuplicateTag << u"20"_s << false;
        QTest::newRow("no =") << "v=DMARC1; p=reject; adkim"_ba << FindingId::Syntax << u"20"_s
                              << true;
        QTest::newRow("bad tag name")
            << "v=DMARC1; p=reject; 9x=1"_ba << FindingId::Syntax << u"20"_s << true;
        QTest::newRow("unknown tag")
            << "v=DMARC1; p=reject; foo=bar"_ba << FindingId::UnknownTag << u"20"_s << true;
        QTest::newRow("pct") << "v=DMARC1; p=reject; pct=20"_ba << FindingId::LegacyTag << u"20"_s
                             << true;
        QTest::newRow("rf") << "v=DMARC1; p=reject; rf=afrf"_ba << FindingId::LegacyTag << u"20"_s
                            << true;
        QTest::newRow("ri") << "v=DMARC1; p=reject; ri=86400"_ba << FindingId::LegacyTag << u"20"_s
                            << true;
        QTest::newRow("size suffix") << "v=DMARC1; p=reject; rua=mailto:d@example.com!10m"_ba
                                     << FindingId::SizeSuffix << u"20"_s << true;
        QTest::newRow("not a URI") << "v=DMARC1; p=reject; rua=d@example.com"_ba
                                   << FindingId::InvalidUri << u"20"_s << true;
        QTest::newRow("mailto without address") << "v=DMARC1; p=reject; rua=mailto:nobody"_ba
                                                << FindingId::InvalidUri << u"20"_s << true;
        QTest::newRow("https report") << "v=DMARC1; p=reject; rua=https://example.com/r"_ba
                                      << FindingId::UnsupportedUri << u"20"_s << true;
        QTest::newRow("fo without ruf")
            << "v=DMARC1; p=reject; fo=1"_ba << FindingId::FoWithoutRuf << u""_s << true;
        QTest::newRow("not DMARC")
            << "v=dmarc1; p=reject"_ba << FindingId::NotARecord << u""_s << false;
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, id);
        QFETCH(QString, offset);
        QFETCH(bool, valid);
        const Record record = parseRecord(text);
        const Finding *finding = find(record.findings, id);
        QVERIFY2(finding, qPrintable(ids(record.findings).join(u' ')));
        if (!offset.isEmpty())
            QCOMPARE(finding->args.last(), offset);
        QCOMPARE(record.valid, valid);
        QCOMPARE(record.raw, text); // the raw record stays, valid or not
    }

    // An invalid value gives the default, the rest of the record still applies.
    void invalidValueKeepsDefault()
    {
        const Record record = parseRecord("v=DMARC1; p=reject; sp=bogus; adkim=x");
        QCOMPARE(record.effective.subdomainPolicy, Policy::Reject);
        QCOMPARE(record.effective.dkimAlignment, AlignmentMode::Relaxed);
        const Record noPolicy = parseRecord("v=DMARC1; rua=mailto:d@example.com; sp=reject");
        QVERIFY(noPolicy.valid);
        QCOMPARE(noPolicy.effective.policy, Policy::None);
        QCOMPARE(noPolicy.effective.subdomainPolicy, Policy::Reject);
    }

    void valuesAnyCase()
    {
        const Record record = parseRecord("v=DMARC1; P=Reject; SP=NONE; Rua=MAILTO:d@Example.com");
        QVERIFY(record.valid);
        QCOMPARE(record.effective.policy, Policy::Reject);
        QCOMPARE(record.effective.subdomainPolicy, Policy::None);
        QCOMPARE(record.rua.size(), 1);
        QCOMPARE(reportHost(record.rua.first()), u"example.com"_s);
    }

    void trailingSemicolonAndSpaces()
    {
        const Record record = parseRecord("v=DMARC1 ;  p = reject ; ");
        QVERIFY(record.valid);
        QCOMPARE(record.tags.size(), 2);
        QCOMPARE(record.tags.at(1).offset, 12);
        QCOMPARE(record.tags.at(1).value, u"reject"_s);
    }

    void policyFindings()
    {
        QCOMPARE(ids(recordFindings(parseRecord("v=DMARC1; p=none"), u"d.example"_s)),
                 (QStringList{FindingId::PolicyNone, FindingId::NoRua}));
        QCOMPARE(ids(recordFindings(parseRecord("v=DMARC1; p=reject; rua=mailto:d@example.com"),
                                    u"d"_s)),
                 QStringList());
    }

    void bounded()
    {
        const QByteArray huge = "v=DMARC1; p=none; x=" + QByteArray(MaxRecordLength, 'a');
        const Record tooLong = parseRecord(huge);
        QVERIFY(!tooLong.valid);
        QCOMPARE(ids(tooLong.findings), QStringList{FindingId::TooLong});
        QCOMPARE(tooLong.raw.size(), MaxRecordLength);

        QByteArray many = "v=DMARC1; p=none";
        for (int i = 0; i < MaxTags + 10; ++i)
            many += "; x" + QByteArray::number(i) + "=1";
        const Record tooMany = parseRecord(many);
        QVERIFY(!tooMany.valid);
        QCOMPARE(tooMany.tags.size(), MaxTags);
        QVERIFY(find(tooMany.findings, FindingId::TooManyTags));

        QByteArray uris = "v=DMARC1; p=none; rua=";
        for (int i = 0; i < MaxUris + 5; ++i)
            uris += "mailto:d" + QByteArray::number(i) + "@example.com,";
        const Record tooManyUris = parseRecord(uris);
        QCOMPARE(tooManyUris.rua.size(), MaxUris);
        QVERIFY(find(tooManyUris.findings, FindingId::TooManyUris));
    }

    void everyIdHasText()
    {
        for (const QString &id : {FindingId::NotARecord,
                                  FindingId::Syntax,
                                  FindingId::DuplicateTag,
                                  FindingId::LegacyTag,
                                  FindingId::Missing,
                                  FindingId::ReportNotAuthorised,
                                  FindingId::BulkSender,
                                  FindingId::ApexRecord}) {
            const auto text
                = findingText(Finding{id, Severity::Info, {u"a"_s, u"b"_s, u"c"_s}, {}});
            QVERIFY2(text && !text->title.isEmpty(), qPrintable(id));
        }
        QVERIFY(!findingText(Finding{u"spf.missing"_s, Severity::Info, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(DmarcRecordTest)
#include "tst_dmarcrecord.moc"
