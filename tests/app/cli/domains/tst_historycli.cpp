#include "await.h"
#include "clirun.h"
#include "testenv.h"

#include "model/publish/rfc2136publisher.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
const QString Zone = u"history.test"_s;
const QString Key = u"v=DKIM1; k=rsa; "
                    "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9RNBVGMnYeRkRuVYCIF6iJdtOPs9qb"
                    "u6HgmzLDrMCmWLVtRWAqFXquADZgFYEKzHas83JOfB+yZw2wzvESgxgQHagS1KjV0tcT+7dkfw3u"
                    "coYyP/AwF6hLIp0Xxr4vD3I4jXn46oPyv8lq0Sjf/Pj1aAU0lNU4pFeA+JzDtQYOGyVGT1ghFo3s"
                    "SZmSyJvaMhTdwEDHBA5zJbI5zTNYxK96qMf6/6JUGColKS9MVZIzcE+g11JF19Agvvvt5j/UZUIm"
                    "GlxbBHkiKGs7KX39t9eCp30ELiio/CoCs3dQoUk3J2i3aiTeMiiBATd+qTajUpp/oTUWbIdSD0Ek"
                    "BtujMB3QIDAQAB"_s;
} // namespace

// check --save, history and diff against the test Knot (docs/cli.md): two checks of
// history.test with its zone changed in between through RFC 2136; diff says what changed.
class tst_HistoryCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_s, m_home->path());
        setZone(u"none"_s, false, Key);
    }
    void cleanup() { setZone(u"none"_s, false, Key); }

    void diffSaysWhatChanged()
    {
        QCOMPARE(history().size(), 0);
        QVERIFY(check());
        setZone(u"quarantine"_s, true, u"v=DKIM1; p="_s);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(check());
        const QJsonArray checks = history();
        QCOMPARE(checks.size(), 2);
        const qint64 newest = checks.at(0).toObject().value(u"id"_s).toInteger();
        const qint64 oldest = checks.at(1).toObject().value(u"id"_s).toInteger();
        QVERIFY(newest > oldest);
        QCOMPARE(checks.at(0).toObject().value(u"resolver"_s).toString(),
                 Test::knotServer().toString());

        // By default, the last two checks.
        Test::CliRun run = cli({u"diff"_s, Zone});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        QStringList changes = summary(run.json());
        QVERIFY2(changes.contains(u"dmarc.policy-changed improvement none,quarantine"_s),
                 qPrintable(changes.join(u'\n')));
        QVERIFY(changes.contains(u"mx.added neutral mx2.history.test"_s));
        QVERIFY(changes.contains(u"dkim.key-revoked neutral s1"_s));
        QCOMPARE(run.exitCode, changes.join(u'\n').contains(u" regression "_s) ? 1 : 0);
        QCOMPARE(run.json().value(u"from"_s).toObject().value(u"id"_s).toInteger(), oldest);

        // Backwards, named by id: the policy weakens, a regression: exit 1.
        run = cli({u"diff"_s,
                   Zone,
                   u"--from"_s,
                   QString::number(newest),
                   u"--to"_s,
                   QString::number(oldest)});
        QCOMPARE(run.exitCode, 1);
        changes = summary(run.json());
        QVERIFY(changes.contains(u"dmarc.policy-changed regression quarantine,none"_s));
        QVERIFY(changes.contains(u"mx.removed neutral mx2.history.test"_s));

        // In words, for people.
        run = Test::runCli({u"diff"_s, Zone}, {}, m_env);
        QVERIFY(run.out.contains("[improvement] DMARC moved from none to quarantine"));
        QVERIFY(run.out.contains("DKIM key s1 revoked"));
        QVERIFY(run.out.contains("New MX mx2.history.test"));

        // The list shows the last check.
        const QJsonArray domains
            = cli({u"domains"_s, u"list"_s}).json().value(u"domains"_s).toArray();
        QCOMPARE(domains.size(), 1);
        const QJsonObject last = domains.at(0).toObject().value(u"last_check"_s).toObject();
        QCOMPARE(last.value(u"id"_s).toInteger(), newest);
        QCOMPARE(last.value(u"complete"_s), QJsonValue(true));
        QVERIFY(!last.value(u"state"_s).toString().isEmpty());

        // A check that is not this domain's, or only one check: bad usage.
        QCOMPARE(cli({u"diff"_s, Zone, u"--from"_s, u"99999"_s}).exitCode, 2);
        QCOMPARE(cli({u"domains"_s, u"remove"_s, Zone}).exitCode, 0);
        QVERIFY(check());
        QCOMPARE(cli({u"diff"_s, Zone}).exitCode, 2);
    }

private:
    Test::CliRun cli(const QStringList &arguments)
    {
        return Test::runCli(QStringList{u"--json"_s} + arguments, {}, m_env);
    }
    bool check()
    {
        const Test::CliRun run = Test::runCli(Test::knotOptions()
                                                  + QStringList{u"--json"_s,
                                                                u"check"_s,
                                                                u"--save"_s,
                                                                u"--no-tls"_s,
                                                                Zone,
                                                                u"--selector"_s,
                                                                u"s1"_s},
                                              {},
                                              m_env);
        return (run.exitCode == 0 || run.exitCode == 1) && run.json().value(u"complete"_s).toBool();
    }
    QJsonArray history()
    {
        const Test::CliRun run = cli({u"history"_s, Zone});
        return run.json().value(u"checks"_s).toArray();
    }
    static QStringList summary(const QJsonObject &diff)
    {
        QStringList lines;
        for (const QJsonValue &value : diff.value(u"changes"_s).toArray()) {
            const QJsonObject c = value.toObject();
            QStringList args;
            for (const QJsonValue &arg : c.value(u"args"_s).toArray())
                args << arg.toString();
            lines << u"%1 %2 %3"_s.arg(
                c.value(u"id"_s).toString(), c.value(u"kind"_s).toString(), args.join(u','));
        }
        return lines;
    }
    // The zone's DMARC policy, whether mx2 is an MX, and the s1 key record, set through RFC 2136.
    void setZone(const QString &policy, bool mx2, const QString &dkim)
    {
        set(u"_dmarc."_s + Zone,
            Dns::RrType::TXT,
            {u"v=DMARC1; p=%1; rua=mailto:dmarc@history.test"_s.arg(policy)});
        set(u"mx2."_s + Zone, Dns::RrType::A, {u"192.0.2.20"_s});
        set(Zone,
            Dns::RrType::MX,
            mx2 ? QStringList{u"10 mx1.history.test."_s, u"20 mx2.history.test."_s}
                : QStringList{u"10 mx1.history.test."_s});
        set(u"s1._domainkey."_s + Zone, Dns::RrType::TXT, {dkim});
    }
    void set(const QString &owner, Dns::RrType type, const QStringList &values)
    {
        Publish::Rfc2136Publisher publisher(Test::knotServer(), Test::knotTsigKey());
        const Publish::RrsetRef ref{Zone, owner, type};
        const Publish::CurrentRrset now = Test::await(publisher.read(ref));
        QVERIFY(!now.failed());
        if (now.values == values)
            return;
        const Publish::PublishResult result
            = now.values.isEmpty() ? Test::await(publisher.add(ref, values, 300))
                                   : Test::await(publisher.replace(ref, now.values, values, 300));
        QVERIFY2(result.outcome == Publish::PublishOutcome::Done, qPrintable(result.detail));
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(tst_HistoryCli)
#include "tst_historycli.moc"
