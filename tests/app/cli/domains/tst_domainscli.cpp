#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The domains commands of docs/cli.md: add, list, import, remove, their JSON and exit codes,
// on a workspace of the test's own (XDG_DATA_HOME).
class tst_DomainsCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_s, m_home->path());
    }

    void addListRemove()
    {
        Test::CliRun run = cli({u"domains"_s,
                                u"add"_s,
                                u"https://B.test/x"_s,
                                u"a.test"_s,
                                u"--client"_s,
                                u"ACME"_s,
                                u"--tag"_s,
                                u"prod"_s,
                                u"--tag"_s,
                                u"eu"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"added"_s).toArray().size(), 2);
        run = cli({u"domains"_s, u"list"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray domains = run.json().value(u"domains"_s).toArray();
        QCOMPARE(domains.size(), 2);
        const QJsonObject a = domains.at(0).toObject();
        QCOMPARE(a.value(u"domain"_s).toString(), u"a.test"_s);
        QCOMPARE(a.value(u"client"_s).toString(), u"ACME"_s);
        QCOMPARE(a.value(u"tags"_s).toArray(), (QJsonArray{u"prod"_s, u"eu"_s}));
        QVERIFY(a.value(u"last_check"_s).isNull()); // never checked
        QCOMPARE(domains.at(1).toObject().value(u"domain"_s).toString(), u"b.test"_s);

        QCOMPARE(cli({u"domains"_s, u"remove"_s, u"b.test"_s}).exitCode, 0);
        QCOMPARE(cli({u"domains"_s, u"list"_s}).json().value(u"domains"_s).toArray().size(), 1);
        // Not listed, a bad name, nothing given: bad usage, and nothing changes.
        QCOMPARE(cli({u"domains"_s, u"remove"_s, u"b.test"_s}).exitCode, 2);
        QCOMPARE(cli({u"domains"_s, u"add"_s, u"ok.test"_s, u"bad..test"_s}).exitCode, 2);
        QCOMPARE(cli({u"domains"_s, u"add"_s}).exitCode, 2);
        QCOMPARE(cli({u"domains"_s, u"list"_s}).json().value(u"domains"_s).toArray().size(), 1);
        QCOMPARE(cli({u"history"_s, u"absent.test"_s}).exitCode, 2);
    }

    // Valid lines are added; each refused line is reported with its number; exit 2 when one
    // is refused.
    void importReportsBadLines()
    {
        const QString path = m_home->filePath(u"list.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# my clients\none.test\n\nbad..test\ntwo.test # second\n");
        file.close();
        Test::CliRun run = cli({u"domains"_s, u"import"_s, path, u"--client"_s, u"MSP"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"added"_s).toArray(),
                 (QJsonArray{u"one.test"_s, u"two.test"_s}));
        const QJsonArray errors = run.json().value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(u"line"_s).toInt(), 4);
        QCOMPARE(errors.at(0).toObject().value(u"text"_s).toString(), u"bad..test"_s);
        QVERIFY(run.err.contains("line 4:"));
        const QJsonArray domains
            = cli({u"domains"_s, u"list"_s}).json().value(u"domains"_s).toArray();
        QCOMPARE(domains.size(), 2);
        QCOMPARE(domains.at(0).toObject().value(u"client"_s).toString(), u"MSP"_s);
        // All valid: exit 0.
        QCOMPARE(cli({u"domains"_s, u"import"_s, u"-"_s}, "three.test\n").exitCode, 0);
        // Over the bound: refused whole.
        QCOMPARE(
            cli({u"domains"_s, u"import"_s, u"-"_s}, "four.test\n" + QByteArray(1024 * 1024, '#'))
                .exitCode,
            2);
        QCOMPARE(cli({u"domains"_s, u"list"_s}).json().value(u"domains"_s).toArray().size(), 3);
    }

private:
    Test::CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return Test::runCli(QStringList{u"--json"_s} + arguments, input, m_env);
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(tst_DomainsCli)
#include "tst_domainscli.moc"
