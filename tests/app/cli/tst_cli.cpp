#include "clirun.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
using Test::findingIds;
using Run = Test::CliRun;

Run cli(const QStringList &arguments, const QString &language = u"en"_s)
{
    return Test::runCli(arguments, {}, QProcessEnvironment::systemEnvironment(), language);
}

QStringList knot()
{
    return Test::knotOptions();
}
} // namespace

// sceau-cli against the test Knot: the CLI contract of DESIGN.md §6.
class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void checkJsonOneObjectPerDomainInOrder()
    {
        const Run run = cli(knot()
                            + QStringList{u"check"_s,
                                          u"--no-tls"_s,
                                          u"--json"_s,
                                          u"no-dmarc.sceau.test"_s,
                                          u"good.sceau.test"_s,
                                          u"--selector"_s,
                                          u"s1"_s});
        QCOMPARE(run.exitCode, 1); // no-dmarc has an error-level finding
        const QList<QJsonObject> reports = run.jsonLines();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(0).value(u"domain"_s).toString(), u"no-dmarc.sceau.test"_s);
        QCOMPARE(reports.at(1).value(u"domain"_s).toString(), u"good.sceau.test"_s);
        QVERIFY(findingIds(reports.at(0)).contains(u"dmarc.missing"_s));
        QCOMPARE(findingIds(reports.at(1)),
                 (QStringList{u"dkim.key-ok"_s,
                              u"dmarc.bulk-sender-policy"_s,
                              u"dmarc.present"_s,
                              u"mx.present"_s,
                              u"spf.present"_s}));
        QCOMPARE(reports.at(1).value(u"score"_s).toInt(), 100);
        QCOMPARE(reports.at(1).value(u"mx"_s).toArray().size(), 2);
        const QJsonObject finding = reports.at(0).value(u"findings"_s).toArray().at(1).toObject();
        for (const QString &field :
             {u"id"_s, u"severity"_s, u"args"_s, u"rfc"_s, u"title"_s, u"explanation"_s})
            QVERIFY2(finding.contains(field), qPrintable(field));
    }

    void checkPassingDomainExitsZero()
    {
        const Run run = cli(knot() + QStringList{u"check"_s, u"--no-tls"_s, u"good.sceau.test"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("good.sceau.test — score 100/100"));
    }

    void multipleSpfAndNullMx()
    {
        const Run run = cli(knot()
                            + QStringList{u"--json"_s,
                                          u"check"_s,
                                          u"--no-tls"_s,
                                          u"multi-spf.sceau.test"_s,
                                          u"null-mx.sceau.test"_s});
        const QList<QJsonObject> reports = run.jsonLines();
        QCOMPARE(reports.size(), 2);
        QVERIFY(findingIds(reports.at(0)).contains(u"spf.multiple-records"_s));
        QVERIFY(findingIds(reports.at(1)).contains(u"mx.null"_s));
    }

    void unreachableResolverExitsThree()
    {
        const Run run = cli({u"--nameserver"_s,
                             u"127.0.0.1:9"_s,
                             u"--timeout"_s,
                             u"200"_s,
                             u"--json"_s,
                             u"check"_s,
                             u"--no-tls"_s,
                             u"good.sceau.test"_s});
        QCOMPARE(run.exitCode, 3);
        const QStringList ids = findingIds(run.json());
        QCOMPARE(ids, QStringList(3, u"dns.lookup-failed"_s));
    }

    void offlineZoneFileGivesTheSameFindings()
    {
        const Run live = cli(
            knot()
            + QStringList{u"--json"_s, u"check"_s, u"--no-tls"_s, u"mx-no-address.sceau.test"_s});
        const Run offline = cli({u"--zone-file"_s,
                                 Test::knotZoneFile(),
                                 u"--offline"_s,
                                 u"--json"_s,
                                 u"check"_s,
                                 u"--no-tls"_s,
                                 u"mx-no-address.sceau.test"_s});
        QCOMPARE(offline.exitCode, live.exitCode);
        QCOMPARE(findingIds(offline.json()), findingIds(live.json()));
        QVERIFY(findingIds(offline.json()).contains(u"mx.host-no-address"_s));
    }

    void domainsFile()
    {
        QTemporaryDir dir;
        QFile list(dir.filePath(u"domains.txt"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        // A name listed twice, however written, is checked once: where it first appears.
        list.write("# clients\ngood.sceau.test\n\nnull-mx.sceau.test  # no mail\n"
                   "GOOD.sceau.test.\n");
        list.close();
        const Run run = cli(
            knot()
            + QStringList{
                u"--json"_s, u"check"_s, u"--no-tls"_s, u"--domains-file"_s, list.fileName()});
        QCOMPARE(run.jsonLines().size(), 2);
        QCOMPARE(run.jsonLines().at(0).value(u"domain"_s).toString(), u"good.sceau.test"_s);
        QCOMPARE(run.jsonLines().at(1).value(u"domain"_s).toString(), u"null-mx.sceau.test"_s);

        // A bad line refuses the list before anything is checked, and says where it is.
        QFile bad(dir.filePath(u"bad.txt"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("good.sceau.test\n# a comment\nnot a domain\n");
        bad.close();
        const Run refused = cli(
            knot() + QStringList{u"check"_s, u"--no-tls"_s, u"--domains-file"_s, bad.fileName()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains((bad.fileName() + u":3: "_s).toUtf8()),
                 refused.err.constData());
        QVERIFY(refused.out.isEmpty());
    }

    void domainsFileIsBoundedAndMayBeStandardInput()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(u"big.txt"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray line = "good.sceau.test\n";
        for (qsizetype written = 0; written <= 1024 * 1024; written += line.size())
            big.write(line);
        big.close();
        const Run refused = cli(
            knot() + QStringList{u"check"_s, u"--no-tls"_s, u"--domains-file"_s, big.fileName()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("is larger than 1 MiB"), refused.err.constData());
        QVERIFY(refused.out.isEmpty()); // nothing audited

        const Run missing = cli(
            knot()
            + QStringList{
                u"check"_s, u"--no-tls"_s, u"--domains-file"_s, dir.filePath(u"no-such.txt"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("cannot read "), missing.err.constData());

        const Run piped = Test::runCli(
            knot()
                + QStringList{u"--json"_s, u"check"_s, u"--no-tls"_s, u"--domains-file"_s, u"-"_s},
            "good.sceau.test\n");
        QCOMPARE(piped.jsonLines().size(), 1);
        QCOMPARE(piped.json().value(u"domain"_s).toString(), u"good.sceau.test"_s);
    }

    void badInputExitsTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << u"no command"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("bad domain")
            << QStringList{u"check"_s, u"--no-tls"_s, u"exa mple.com"_s} << u"exa mple.com"_s;
        QTest::newRow("no domain")
            << QStringList{u"check"_s, u"--no-tls"_s} << u"at least one domain"_s;
        QTest::newRow("bad nameserver") << QStringList{u"--nameserver"_s,
                                                       u"dns.example"_s,
                                                       u"check"_s,
                                                       u"--no-tls"_s,
                                                       u"a.test"_s}
                                        << u"--nameserver"_s;
        QTest::newRow("offline without zone")
            << QStringList{u"--offline"_s, u"check"_s, u"--no-tls"_s, u"a.test"_s}
            << u"zone file"_s;
        QTest::newRow("bad type") << QStringList{u"dns"_s, u"query"_s, u"a.test"_s, u"NOPE"_s}
                                  << u"NOPE"_s;
        QTest::newRow("missing zone file") << QStringList{u"--zone-file"_s,
                                                          u"/nonexistent.zone"_s,
                                                          u"check"_s,
                                                          u"--no-tls"_s,
                                                          u"a.test"_s}
                                           << u"/nonexistent.zone"_s;
    }
    void badInputExitsTwoWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void dnsQueryShowsTcpAndRcode()
    {
        const Run big = cli(
            knot() + QStringList{u"--json"_s, u"dns"_s, u"query"_s, u"big.sceau.test"_s, u"TXT"_s});
        QCOMPARE(big.exitCode, 0);
        const QJsonObject answer = big.json();
        QCOMPARE(answer.value(u"status"_s).toString(), u"answer"_s);
        QVERIFY(answer.value(u"tcp"_s).toBool());
        QCOMPARE(answer.value(u"answer"_s).toArray().size(), 12);
        QVERIFY(answer.contains(u"time_ms"_s));

        const Run multi
            = cli(knot()
                  + QStringList{
                      u"--json"_s, u"dns"_s, u"query"_s, u"multi-string.sceau.test"_s, u"txt"_s});
        const QJsonObject record = multi.json().value(u"answer"_s).toArray().at(0).toObject();
        QCOMPARE(record.value(u"strings"_s).toArray().size(), 3);
        QCOMPARE(record.value(u"text"_s).toString(), u"v=spf1 ip4:192.0.2.0/24 -all"_s);

        const Run nx
            = cli(knot() + QStringList{u"dns"_s, u"query"_s, u"nope.sceau.test"_s, u"TXT"_s});
        QCOMPARE(nx.exitCode, 0);
        QVERIFY(nx.out.contains("status: nxdomain, rcode: 3, over UDP"));
    }

    // docs/cli.md "dns query": exit 3 when the lookup failed. The resolver is a real closed
    // port (bound, then released, so nothing listens there), in text and JSON.
    void dnsQueryUnreachableExitsThree()
    {
        const quint16 closedPort = [] {
            QUdpSocket socket;
            if (!socket.bind(QHostAddress::LocalHost, 0))
                qFatal("cannot bind a UDP socket");
            return socket.localPort();
        }();
        const QStringList resolver{
            u"--nameserver"_s, u"127.0.0.1:%1"_s.arg(closedPort), u"--timeout"_s, u"300"_s};
        const Run json
            = cli(resolver
                  + QStringList{u"--json"_s, u"dns"_s, u"query"_s, u"good.sceau.test"_s, u"TXT"_s});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject answer = json.json();
        QCOMPARE(answer.value(u"name"_s).toString(), u"good.sceau.test"_s);
        QCOMPARE(answer.value(u"type"_s).toString(), u"TXT"_s);
        const QString status = answer.value(u"status"_s).toString();
        QVERIFY2((QStringList{u"network-error"_s, u"refused"_s, u"timeout"_s}).contains(status),
                 qPrintable(status)); // a failure, never an answer, NODATA or NXDOMAIN
        QCOMPARE(answer.value(u"rcode"_s).toInt(), -1); // no answer arrived
        QVERIFY(answer.value(u"answer"_s).toArray().isEmpty());
        QVERIFY(!answer.value(u"detail"_s).toString().isEmpty());

        const Run text
            = cli(resolver + QStringList{u"dns"_s, u"query"_s, u"good.sceau.test"_s, u"TXT"_s});
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains(";; status: " + status.toUtf8()), text.out.constData());

        // The same question to the test Knot answers: the exit code is about the lookup.
        QCOMPARE(cli(knot() + QStringList{u"dns"_s, u"query"_s, u"good.sceau.test"_s, u"TXT"_s})
                     .exitCode,
                 0);
    }

    // docs/cli.md exit code 2 "bad input (message on standard error)": a --zone-file that does
    // not parse stops every command before any lookup, naming the file and the faulty line.
    void invalidZoneFileExitsTwoNamingTheLine_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("check") << QStringList{u"check"_s, u"--no-tls"_s, u"good.bad.test"_s};
        QTest::newRow("dns query")
            << QStringList{u"dns"_s, u"query"_s, u"good.bad.test"_s, u"TXT"_s};
        QTest::newRow("spf tree") << QStringList{u"spf"_s, u"tree"_s, u"good.bad.test"_s};
    }
    void invalidZoneFileExitsTwoNamingTheLine()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.test.zone"_s);
        QFile zone(path);
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write("$ORIGIN bad.test.\n"
                   "$TTL 3600\n"
                   "@    SOA ns.bad.test. hostmaster.bad.test. 1 3600 600 86400 60\n"
                   "good TXT \"v=spf1 -all\"\n"
                   "mail A 192.0.2.300\n" // line 5: not an IPv4 address
                   "www  A 192.0.2.1\n");
        zone.close();
        for (const QStringList &mode : {QStringList{u"--offline"_s}, knot()}) {
            const Run run = cli(QStringList{u"--zone-file"_s, path} + mode + command);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            const QString message = QString::fromUtf8(run.err);
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY2(message.contains(u"line 5"_s), qPrintable(message));
        }
    }

    void frenchOutput()
    {
        const Run run = cli(
            knot() + QStringList{u"check"_s, u"--no-tls"_s, u"no-dmarc.sceau.test"_s}, u"fr"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("Aucun enregistrement DMARC"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
