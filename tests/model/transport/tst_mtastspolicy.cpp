#include "model/transport/mtastspolicy.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

// The policy file (RFC 8461 §3.2) and the MX pattern rule (§4.1).
class MtaStsPolicyTest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        const QByteArray good
            = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 86400\n";
        QTest::newRow("LF") << good << true;
        QTest::newRow("CRLF") << QByteArray(good).replace("\n", "\r\n") << true;
        QTest::newRow("no final line end") << good.chopped(1) << true;
        QTest::newRow("space after colon optional")
            << "version:STSv1\nmode:testing\nmx:*.example.com\nmax_age:1\n"_ba << true;
        QTest::newRow("unknown field ignored") << good + "color: blue\n" << true;
        QTest::newRow("mode none without mx")
            << "version: STSv1\nmode: none\nmax_age: 1\n"_ba << true;
        QTest::newRow("largest max_age")
            << "version: STSv1\nmode: none\nmax_age: 31557600\n"_ba << true;
        QTest::newRow("max_age too large")
            << "version: STSv1\nmode: none\nmax_age: 31557601\n"_ba << false;
        QTest::newRow("max_age 11 digits")
            << "version: STSv1\nmode: none\nmax_age: 00000000001\n"_ba << false;
        QTest::newRow("max_age negative")
            << "version: STSv1\nmode: none\nmax_age: -1\n"_ba << false;
        QTest::newRow("no version") << "mode: none\nmax_age: 1\n"_ba << false;
        QTest::newRow("version STSv2") << "version: STSv2\nmode: none\nmax_age: 1\n"_ba << false;
        QTest::newRow("mode uppercase")
            << "version: STSv1\nmode: ENFORCE\nmx: a.b\nmax_age: 1\n"_ba << false;
        QTest::newRow("enforce without mx")
            << "version: STSv1\nmode: enforce\nmax_age: 1\n"_ba << false;
        QTest::newRow("bad mx")
            << "version: STSv1\nmode: testing\nmx: mail..example\nmax_age: 1\n"_ba << false;
        QTest::newRow("wildcard in the middle")
            << "version: STSv1\nmode: testing\nmx: mail.*.example\nmax_age: 1\n"_ba << false;
        QTest::newRow("empty line") << good + "\n\n" << false;
        QTest::newRow("garbage") << "garbage"_ba << false;
        QTest::newRow("too large") << good + QByteArray(MaxMtaStsPolicySize, 'a') << false;
        QTest::newRow("too many lines")
            << good + QByteArray("x: y\n").repeated(MaxMtaStsPolicyLines) << false;
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        const auto policy = parseMtaStsPolicy(body);
        QVERIFY2(policy.hasValue() == valid, policy ? "parsed" : qPrintable(policy.error().detail));
    }

    void fields()
    {
        const auto policy = parseMtaStsPolicy(
            "version: STSv1\r\nmode: testing\r\nmx: Mail.Example.COM.\r\n"
            "mx: *.example.net\r\nmax_age: 604800\r\nmode: enforce\r\nx: 1\r\n"_ba);
        QVERIFY(policy);
        QCOMPARE(policy->mode, MtaStsMode::Testing); // a repeated field keeps the first
        QCOMPARE(policy->mx, QStringList({u"mail.example.com"_s, u"*.example.net"_s}));
        QCOMPARE(policy->maxAge, 604800);
        QCOMPARE(policy->ignoredFields, QStringList({u"mode"_s, u"x"_s}));
    }

    // Every body of the conformance cases served as a 200 text/plain: parsed, or refused, as the
    // reference resolver did.
    void conformance()
    {
        const QJsonArray cases = QJsonDocument::fromJson(Test::readData(u"mta-sts/cases.json"_s))
                                     .object()
                                     .value("cases"_L1)
                                     .toArray();
        int checked = 0;
        for (const QJsonValue &item : cases) {
            const QJsonObject c = item.toObject();
            const QJsonObject served = c.value("policy"_L1).toObject();
            const QString domain = c.value("domain"_L1).toString();
            if (!served.contains("body_file"_L1) || served.value("http_status"_L1).toInt() != 200
                || served.value("content_type"_L1).toString() != "text/plain"_L1
                || domain.startsWith("bad-cert"_L1) || domain.startsWith(u'.'))
                continue;
            const auto policy = parseMtaStsPolicy(
                Test::readData(u"mta-sts/"_s + served.value("body_file"_L1).toString()));
            const bool valid = c.value("expected_fetch_result"_L1).toString() == "VALID"_L1;
            QVERIFY2(policy.hasValue() == valid, qPrintable(domain));
            ++checked;
        }
        QCOMPARE(checked, 10);
    }

    void wildcard_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"mail.example.com"_s << u"mail.example.com"_s << true;
        QTest::newRow("case and dot") << u"MAIL.example.com."_s << u"mail.EXAMPLE.com"_s << true;
        QTest::newRow("other") << u"mx.example.com"_s << u"mail.example.com"_s << false;
        QTest::newRow("one label") << u"mail.example.com"_s << u"*.example.com"_s << true;
        QTest::newRow("not the base") << u"example.com"_s << u"*.example.com"_s << false;
        QTest::newRow("not two labels") << u"a.b.example.com"_s << u"*.example.com"_s << false;
        QTest::newRow("suffix only") << u"mailexample.com"_s << u"*.example.com"_s << false;
        QTest::newRow("empty") << u""_s << u"*.example.com"_s << false;
    }
    void wildcard()
    {
        QFETCH(QString, host);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(mxMatchesPattern(host, pattern), matches);
    }

    void textRoundTrip()
    {
        MtaStsPolicy policy;
        policy.mode = MtaStsMode::Enforce;
        policy.mx = {u"mail.example.com"_s, u"*.backup.example.com"_s};
        policy.maxAge = 604800;
        const QByteArray text = mtaStsPolicyText(policy);
        QCOMPARE(text,
                 "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\n"
                 "mx: *.backup.example.com\r\nmax_age: 604800\r\n"_ba);
        QCOMPARE(parseMtaStsPolicy(text).value(), policy);
        QCOMPARE(matchingPattern(u"x.backup.example.com"_s, policy.mx), u"*.backup.example.com"_s);
    }
};

QTEST_GUILESS_MAIN(MtaStsPolicyTest)
#include "tst_mtastspolicy.moc"
