#include "clirun.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// export (docs/cli.md): the latest saved checks of the workspace as PDF, HTML, CSV and JSON,
// after real checks of zones served by the test Knot.
class tst_ExportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        for (const QString &domain : {u"spf.test"_s, u"dmarc.test"_s}) {
            const Test::CliRun run = Test::runCli(
                Test::knotOptions()
                    + QStringList{u"--json"_s, u"check"_s, u"--save"_s, u"--no-tls"_s, domain},
                {},
                m_env);
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        }
        QCOMPARE(cli({u"domains"_s, u"add"_s, u"never.test"_s}).exitCode, 0);
    }

    void pdfOfTheWholeListInEnglishAndFrench()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        const QString path = m_home.filePath(u"report.pdf"_s);
        Test::CliRun run = cli({u"export"_s, u"--out"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("never.test has no saved check"), run.err.constData());
        QString text = pdfText(pdftotext, path);
        QVERIFY2(text.contains(u"Email security report"_s), qPrintable(text));
        QVERIFY(text.contains(u"spf.test"_s) && text.contains(u"dmarc.test"_s));
        QVERIFY(!text.contains(u"never.test"_s));

        run = Test::runCli({u"export"_s, u"--out"_s, path}, {}, m_env, u"fr"_s);
        QCOMPARE(run.exitCode, 0);
        text = pdfText(pdftotext, path);
        QVERIFY2(text.contains(u"Rapport de sécurité de la messagerie"_s), qPrintable(text));
    }

    void csvAndJsonOfChosenDomains()
    {
        const QString csv = m_home.filePath(u"checks.csv"_s);
        QCOMPARE(cli({u"export"_s, u"spf.test"_s, u"--out"_s, csv}).exitCode, 0);
        const QList<QByteArray> lines = read(csv).split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith("spf.test,"));

        const QString json = m_home.filePath(u"checks.data"_s);
        const Test::CliRun run = Test::runCli(
            {u"--json"_s, u"export"_s, u"--out"_s, json, u"--format"_s, u"json"_s}, {}, m_env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"unchecked"_s).toArray(), QJsonArray{u"never.test"_s});
        const QJsonArray checks = QJsonDocument::fromJson(read(json)).array();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(u"domain"_s).toString(), u"dmarc.test"_s);
        QCOMPARE(checks.at(0).toObject().value(u"report"_s).toObject().value(u"domain"_s),
                 QJsonValue(u"dmarc.test"_s));
    }

    void badRequestsWriteNothing()
    {
        const QString path = m_home.filePath(u"kept.html"_s);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::WriteOnly) && kept.write("previous") == 8);
        kept.close();
        QCOMPARE(cli({u"export"_s, u"--out"_s, m_home.filePath(u"r.txt"_s)}).exitCode, 2);
        QCOMPARE(cli({u"export"_s, u"--out"_s, path, u"--format"_s, u"docx"_s}).exitCode, 2);
        QCOMPARE(cli({u"export"_s, u"never.test"_s, u"--out"_s, path}).exitCode, 2);
        QVERIFY(cli({u"export"_s, u"unlisted.test"_s, u"--out"_s, path}).exitCode != 0);
        QVERIFY(cli({u"export"_s, u"--out"_s, m_home.filePath(u"no/such/dir/r.pdf"_s)}).exitCode
                != 0);
        QCOMPARE(read(path), QByteArray("previous"));
    }

private:
    Test::CliRun cli(const QStringList &arguments) { return Test::runCli(arguments, {}, m_env); }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QString pdfText(const QString &pdftotext, const QString &path)
    {
        if (!read(path).startsWith("%PDF-"))
            return u"not a PDF"_s;
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
