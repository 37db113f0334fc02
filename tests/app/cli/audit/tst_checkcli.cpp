#include "clirun.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
using Test::findingIds;
using Run = Test::CliRun;

using Test::runCli;

// A zone whose posture is fine but whose MX host lies outside it: the fallback resolver is
// asked for its address. dmarcLine "" leaves the domain without DMARC (an error finding).
QString writeZone(const QTemporaryDir &dir, const QByteArray &dmarcLine)
{
    const QString path = dir.filePath(u"fails.test.zone"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("$ORIGIN fails.test.\n"
               "@ 300 IN SOA ns hm 1 2 3 4 5\n"
               "@ 300 IN TXT \"v=spf1 -all\"\n"
               "@ 300 IN MX 10 mx.elsewhere.test.\n"
               + dmarcLine);
    return path;
}
} // namespace

// The contract of "check" in docs/cli.md: its JSON fields and its exit codes 0, 1 and 3.
class tst_CheckCli : public QObject
{
    Q_OBJECT
private slots:
    void jsonFieldsOfACompleteReport()
    {
        const Run run = runCli(Test::knotOptions()
                               + QStringList{u"--json"_s,
                                             u"check"_s,
                                             u"--no-tls"_s,
                                             u"good.sceau.test"_s,
                                             u"--selector"_s,
                                             u"s1"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(u"complete"_s), QJsonValue(true));
        QCOMPARE(report.value(u"failed_lookups"_s), QJsonValue(0));
        QCOMPARE(report.value(u"score_provisional"_s), QJsonValue(false));
        // TXT, MX, A+AAAA of the two hosts, the s1 key; then the SPF tree's own: the type-99
        // SPF check, "mx" (MX, A+AAAA of the two hosts); then DMARC's: the tree walk
        // (_dmarc.good.sceau.test, _dmarc.sceau.test, _dmarc.test), the apex TXT, the rua
        // host's MX.
        QCOMPARE(report.value(u"lookups"_s), QJsonValue(2 + 4 + 1 + 1 + 5 + (3 + 1 + 1)));
        // The dmarc object is `dmarc check`'s (docs/cli.md).
        const QJsonObject dmarc = report.value(u"dmarc"_s).toObject();
        QCOMPARE(dmarc.value(u"policy_domain"_s).toString(), u"good.sceau.test"_s);
        QCOMPARE(dmarc.value(u"org_domain"_s).toString(), u"good.sceau.test"_s);
        QCOMPARE(dmarc.value(u"queries"_s).toArray().size(), 3);
        QCOMPARE(dmarc.value(u"records"_s).toArray().size(), 1);
        QCOMPARE(report.value(u"spf"_s).toObject().value(u"lookups"_s), QJsonValue(1)); // "mx"
        const QJsonArray dkim = report.value(u"dkim"_s).toArray();
        QCOMPARE(dkim.size(), 1);
        QCOMPARE(dkim.at(0).toObject().value(u"selector"_s).toString(), u"s1"_s);
        const QJsonArray records = dkim.at(0).toObject().value(u"records"_s).toArray();
        QCOMPARE(records.size(), 1);
        QVERIFY(records.at(0).toString().startsWith(u"v=DKIM1;"_s));
    }

    // docs/cli.md, docs/scoring.md: one object per area with its state token, score and facts;
    // the overall score, state and whether it is provisional; the DKIM selectors probed.
    void jsonAreasAndOverall()
    {
        const Run run = runCli(Test::knotOptions()
                               + QStringList{u"--json"_s,
                                             u"check"_s,
                                             u"--no-tls"_s,
                                             u"good.score.test"_s,
                                             u"nokey.score.test"_s,
                                             u"nowhere.score.test"_s});
        QCOMPARE(run.exitCode, 1); // domain.not-found is an error-level finding
        const QList<QJsonObject> reports = run.jsonLines();
        QCOMPARE(reports.size(), 3);
        const auto states = [](const QJsonObject &report) {
            QStringList result;
            for (const QJsonValue &area : report.value(u"areas"_s).toArray())
                result << area[u"area"_s].toString() + u'=' + area[u"state"_s].toString();
            return result;
        };
        const QJsonObject good = reports.at(0);
        QCOMPARE(states(good),
                 (QStringList{u"spf=good"_s,
                              u"dkim=good"_s,
                              u"dmarc=good"_s,
                              u"bimi=not-checked"_s,
                              u"mx=good"_s,
                              u"transport=not-checked"_s,
                              u"dnssec=not-checked"_s}));
        const QJsonObject spf = good.value(u"areas"_s).toArray().at(0).toObject();
        QCOMPARE(spf.value(u"score"_s), QJsonValue(100));
        QCOMPARE(spf.value(u"provisional"_s), QJsonValue(false));
        QCOMPARE(spf.value(u"facts"_s).toArray().at(0).toString(), u"ends with -all"_s);
        for (const QJsonValue &index : spf.value(u"findings"_s).toArray()) {
            const QString id = good.value(u"findings"_s)[index.toInt()][u"id"_s].toString();
            QVERIFY2(id.startsWith(u"spf."_s), qPrintable(id));
        }
        QCOMPARE(good.value(u"areas"_s)[5][u"score"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(
            good.value(u"overall"_s).toObject(),
            (QJsonObject{{u"score"_s, 100}, {u"provisional"_s, false}, {u"state"_s, u"good"_s}}));
        QCOMPARE(good.value(u"dkim_discovered"_s), QJsonValue(true));
        QVERIFY(good.value(u"dkim_selectors_probed"_s).toArray().contains(u"google"_s));

        // Discovery found no key: DKIM not assessed, the score provisional.
        const QJsonObject nokey = reports.at(1);
        QCOMPARE(nokey.value(u"areas"_s)[1][u"state"_s].toString(), u"could-not-check"_s);
        QCOMPARE(nokey.value(u"overall"_s)[u"provisional"_s], QJsonValue(true));
        QCOMPARE(nokey.value(u"score_provisional"_s), QJsonValue(true));

        // No such domain: no score at all.
        const QJsonObject nowhere = reports.at(2);
        QCOMPARE(nowhere.value(u"overall"_s).toObject(),
                 (QJsonObject{{u"score"_s, QJsonValue()},
                              {u"provisional"_s, false},
                              {u"state"_s, u"domain-not-found"_s}}));
        QCOMPARE(nowhere.value(u"score"_s), QJsonValue(QJsonValue::Null));

        const Run text
            = runCli(Test::knotOptions()
                     + QStringList{
                         u"check"_s, u"--no-tls"_s, u"good.score.test"_s, u"nowhere.score.test"_s});
        QVERIFY2(text.out.contains("good.score.test — score 100/100, Good\n"), text.out);
        QVERIFY2(text.out.contains(
                     "  DMARC: Good, 100/100 — p=reject; reports to dmarc@good.score.test\n"),
                 text.out);
        QVERIFY2(text.out.contains("  Transport: Not checked\n"), text.out);
        QVERIFY2(text.out.contains("nowhere.score.test — domain not found\n"), text.out);
        QVERIFY2(!text.out.contains("nowhere.score.test — score"), text.out);
    }

    void spfLookupsIsNullWithoutOneRecord()
    {
        const Run run = runCli(
            Test::knotOptions()
            + QStringList{u"--json"_s, u"check"_s, u"--no-tls"_s, u"multi-spf.sceau.test"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.json().value(u"spf"_s).toObject().contains(u"lookups"_s));
        QVERIFY(run.json().value(u"spf"_s).toObject().value(u"lookups"_s).isNull());
    }

    // A failed lookup makes the report incomplete (exit 3), never an error (exit 1).
    void failedLookupExitsThreeWithAProvisionalScore()
    {
        QTemporaryDir dir;
        // psd=n: the DMARC tree walk stops at fails.test (RFC 9989 §4.10)
        const QString zone = writeZone(
            dir, "_dmarc 300 IN TXT \"v=DMARC1; p=reject; psd=n; rua=mailto:d@fails.test\"\n");
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const QStringList options{u"--zone-file"_s,
                                  zone,
                                  u"--nameserver"_s,
                                  servfail.address().toString(),
                                  u"--timeout"_s,
                                  u"300"_s};
        const Run json = runCli(
            options + QStringList{u"--json"_s, u"check"_s, u"--no-tls"_s, u"fails.test"_s});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject report = json.json();
        QCOMPARE(report.value(u"complete"_s), QJsonValue(false));
        QCOMPARE(report.value(u"failed_lookups"_s), QJsonValue(2)); // A and AAAA of the MX host
        QCOMPARE(report.value(u"score_provisional"_s), QJsonValue(true));
        QCOMPARE(report.value(u"score"_s), QJsonValue(100));
        QCOMPARE(findingIds(report),
                 (QStringList{u"dmarc.bulk-sender-policy"_s,
                              u"dmarc.present"_s,
                              u"dns.lookup-failed"_s,
                              u"dns.lookup-failed"_s,
                              u"mx.present"_s,
                              u"spf.present"_s}));
        for (const QJsonValue &finding : report.value(u"findings"_s).toArray()) {
            if (finding[u"id"_s] == u"dns.lookup-failed"_s)
                QCOMPARE(finding[u"severity"_s].toString(), u"warning"_s);
        }
        QVERIFY(servfail.queriesReceived() >= 2);

        const Run text = runCli(options + QStringList{u"check"_s, u"--no-tls"_s, u"fails.test"_s});
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains("fails.test — score 100/100 (provisional)"), text.out);
        QVERIFY2(text.out.contains("Incomplete: 2 lookups failed"), text.out);
        QVERIFY(!text.out.contains("mx.host-no-address"));
    }

    // An error-level posture finding wins over an incomplete report.
    void errorFindingExitsOneEvenWhenIncomplete()
    {
        QTemporaryDir dir;
        // Two DMARC records: an error, whatever the rest of the walk (to the failing server).
        const QString zone = writeZone(dir,
                                       "_dmarc 300 IN TXT \"v=DMARC1; p=reject\"\n"
                                       "_dmarc 300 IN TXT \"v=DMARC1; p=none\"\n");
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const Run run = runCli({u"--zone-file"_s,
                                zone,
                                u"--nameserver"_s,
                                servfail.address().toString(),
                                u"--timeout"_s,
                                u"300"_s,
                                u"--json"_s,
                                u"check"_s,
                                u"--no-tls"_s,
                                u"fails.test"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(findingIds(run.json()).contains(u"dmarc.multiple-records"_s));
        QCOMPARE(run.json().value(u"complete"_s), QJsonValue(false));
    }

    // Several domains: 1 if any has an error, else 3 if any is incomplete.
    void exitCodeOverSeveralDomains()
    {
        QTemporaryDir dir;
        // psd=n: the DMARC tree walk stops at fails.test (RFC 9989 §4.10)
        const QString zone = writeZone(
            dir, "_dmarc 300 IN TXT \"v=DMARC1; p=reject; psd=n; rua=mailto:d@fails.test\"\n");
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const QStringList options{u"--zone-file"_s,
                                  zone,
                                  u"--nameserver"_s,
                                  servfail.address().toString(),
                                  u"--timeout"_s,
                                  u"300"_s};
        // good.sceau.test goes to the failing server too: incomplete, not an error.
        QCOMPARE(runCli(options + QStringList{u"check"_s, u"--no-tls"_s, u"fails.test"_s}).exitCode,
                 3);
        QCOMPARE(runCli(Test::knotOptions()
                        + QStringList{u"check"_s,
                                      u"--no-tls"_s,
                                      u"good.sceau.test"_s,
                                      u"no-dmarc.sceau.test"_s})
                     .exitCode,
                 1);
        QCOMPARE(runCli(Test::knotOptions()
                        + QStringList{u"check"_s,
                                      u"--no-tls"_s,
                                      u"good.sceau.test"_s,
                                      u"null-mx.sceau.test"_s})
                     .exitCode,
                 0);
    }

    // RFC 1035 §3.3.9: "MX 10 192.0.2.25." is its own finding, not "no address".
    void mxExchangeWrittenAsAnAddress()
    {
        const Run run = runCli({u"--zone-file"_s,
                                Test::dataPath(u"zones/mx.test.zone"_s),
                                u"--offline"_s,
                                u"--json"_s,
                                u"check"_s,
                                u"--no-tls"_s,
                                u"address.mx.test"_s,
                                u"null-ten.mx.test"_s,
                                u"alias.mx.test"_s});
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> reports = run.jsonLines();
        QCOMPARE(reports.size(), 3);
        QVERIFY(findingIds(reports.at(0)).contains(u"mx.exchange-address"_s));
        QVERIFY(!findingIds(reports.at(0)).contains(u"mx.host-no-address"_s));
        QVERIFY(findingIds(reports.at(1)).contains(u"mx.null-preference"_s));
        QVERIFY(!findingIds(reports.at(1)).contains(u"mx.null"_s));
        QVERIFY(findingIds(reports.at(2)).contains(u"mx.exchange-alias"_s));
    }

    // DNS text reaches people escaped: no control byte on the terminal, JSON valid UTF-8.
    void controlBytesAreEscaped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"escape.test.zone"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("$ORIGIN escape.test.\n"
                   "@ 300 IN SOA ns hm 1 2 3 4 5\n"
                   "@ 300 IN TXT \"v=spf1 -all x\\027=1\"\n"
                   "@ 300 IN MX 0 .\n"
                   "_dmarc 300 IN TXT \"v=DMARC1; p=reject; x=\\027[2J\\008\\255\"\n"
                   "s1._domainkey 300 IN TXT \"v=DKIM1; n=\\027[31m\\255; p=\"\n");
        file.close();
        const QStringList options{u"--zone-file"_s, path, u"--offline"_s};
        const QStringList check{
            u"check"_s, u"--no-tls"_s, u"escape.test"_s, u"--selector"_s, u"s1"_s};

        const Run text = runCli(options + check);
        // A passed check shows no record; the SPF syntax error shows the offending term.
        QVERIFY2(text.out.contains("x\\027=1"), text.out); // the SPF syntax error
        for (const char raw : {'\x1b', '\x08', '\xff'})
            QVERIFY2(!text.out.contains(raw), text.out.toHex(' '));

        const Run json = runCli(options + QStringList{u"--json"_s} + check);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(json.out);
        QVERIFY(!utf8.hasError());
        QVERIFY(!decoded.contains(QChar(0xfffd)));
        const QJsonObject report = json.json();
        QVERIFY(!report.isEmpty());
        QCOMPARE(report.value(u"dmarc"_s)[u"records"_s][0].toString(),
                 u"v=DMARC1; p=reject; x=\\027[2J\\008\\255"_s);
        QCOMPARE(report.value(u"dkim"_s)[0][u"records"_s][0].toString(),
                 u"v=DKIM1; n=\\027[31m\\255; p="_s);

        QProcessEnvironment noWorkspace = QProcessEnvironment::systemEnvironment();
        noWorkspace.insert(u"XDG_DATA_HOME"_s, dir.path()); // no key of the user's to compare
        const Run dkim = Test::runCli(
            options
                + QStringList{u"dkim"_s, u"check"_s, u"escape.test"_s, u"--selector"_s, u"s1"_s},
            {},
            noWorkspace);
        QVERIFY2(dkim.out.contains("n=\\027[31m\\255"), dkim.out);
        QVERIFY(!dkim.out.contains('\x1b'));

        const Run query = runCli(
            options + QStringList{u"dns"_s, u"query"_s, u"_dmarc.escape.test"_s, u"TXT"_s});
        QVERIFY2(query.out.contains("\"v=DMARC1; p=reject; x=\\027[2J\\008\\255\""), query.out);
        QVERIFY(!query.out.contains('\x1b'));
    }
};

QTEST_GUILESS_MAIN(tst_CheckCli)
#include "tst_checkcli.moc"
