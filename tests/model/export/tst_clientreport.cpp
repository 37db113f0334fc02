#include "exportfixture.h"

#include "model/audit/findingcatalogue.h"
#include "model/export/exportformat.h"
#include "model/export/htmlreport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Sceau;

// The report to hand to a client (issue 12 §4): HTML and PDF, in the chosen language.
class tst_ClientReport : public QObject
{
    Q_OBJECT
private slots:
    void valuesFromRecordsAreEscaped()
    {
        const QString html = Export::htmlReport(
            {Test::exported(Test::hostileReport(u"a.test"_s), u"<Client & Co>"_s)},
            QDateTime::currentDateTimeUtc());
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"include:&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; -all"_s));
        QVERIFY(html.contains(u"&lt;Client &amp; Co&gt;"_s));
        QVERIFY(html.contains(u"mailto:&quot;d&quot;@example.test"_s));
    }

    void findingsRemediationAndRecordsAreShown()
    {
        const Audit::AuditReport report = Test::hostileReport(u"a.test"_s);
        const QString html
            = Export::htmlReport({Test::exported(report, {})}, QDateTime::currentDateTimeUtc());
        // Each finding's text from the one catalogue; the error and the warning with their
        // remediation, the failed lookup under "Could not check", never as a fault to fix.
        for (const Finding &finding : report.findings) {
            const FindingText text = Audit::FindingCatalogue::text(finding);
            QVERIFY2(html.contains(text.title.toHtmlEscaped()), qPrintable(finding.id));
        }
        const FindingText error = Audit::FindingCatalogue::text(report.findings.at(0));
        QVERIFY(html.contains(error.remediation.toHtmlEscaped()));
        const qsizetype toFix = html.indexOf(u"<h3>To fix</h3>"_s);
        const qsizetype toImprove = html.indexOf(u"<h3>To improve</h3>"_s);
        const qsizetype couldNot = html.indexOf(u"<h3>Could not check</h3>"_s);
        QVERIFY(toFix >= 0 && toImprove > toFix && couldNot > toImprove);
        const FindingText failed = Audit::FindingCatalogue::text(report.findings.at(2));
        QVERIFY(html.indexOf(failed.title.toHtmlEscaped()) > couldNot);
        // The RFC section is linked.
        QVERIFY(html.contains(u"href=\"https://www.rfc-editor.org/rfc/rfc7208#section-4.5\""_s));
        // The MX table: preference, host, addresses; DKIM by selector; the provisional note.
        QVERIFY(html.contains(u"mx1.a.test</td><td>192.0.2.1, 2001:db8::1"_s));
        QVERIFY(html.contains(u"DKIM, selector s1"_s));
        QVERIFY(html.contains(u"the score is provisional"_s));
        // One domain: no summary table.
        QVERIFY(!html.contains(u"<h2>Summary</h2>"_s));
    }

    void manyDomainsStartWithASummary()
    {
        const QString html
            = Export::htmlReport({Test::exported(Test::hostileReport(u"a.test"_s), u"Alpha"_s),
                                  Test::exported(Test::hostileReport(u"b.test"_s), u"Beta"_s)},
                                 QDateTime::currentDateTimeUtc());
        const qsizetype summary = html.indexOf(u"<h2>Summary</h2>"_s);
        QVERIFY(summary >= 0);
        QVERIFY(html.indexOf(u"<td>b.test</td><td>Beta</td>"_s) > summary);
        QVERIFY(html.indexOf(u"<h2>a.test</h2>"_s) > summary);
        QVERIFY(html.indexOf(u"<h2>b.test</h2>"_s) > html.indexOf(u"<h2>a.test</h2>"_s));
    }

    void anUnreadableSavedReportIsSaidSo()
    {
        Export::ExportedCheck check = Test::exported(Test::hostileReport(u"a.test"_s), {});
        check.report = QJsonObject{{u"findings"_s, u"not a list"_s}};
        const QString html = Export::htmlReport({check}, QDateTime::currentDateTimeUtc());
        QVERIFY(html.contains(u"<h2>a.test</h2>"_s));
        QVERIFY(html.contains(u"The saved report of this check cannot be read."_s));
    }

    void rfcSectionsBecomeLinks_data()
    {
        QTest::addColumn<QString>("rfc");
        QTest::addColumn<QString>("url");
        QTest::newRow("section") << u"RFC 7208 §4.6.4"_s
                                 << u"https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4"_s;
        QTest::newRow("whole") << u"RFC 7505"_s << u"https://www.rfc-editor.org/rfc/rfc7505"_s;
        QTest::newRow("appendix") << u"RFC 6376 §A.2"_s
                                  << u"https://www.rfc-editor.org/rfc/rfc6376#appendix-A.2"_s;
        QTest::newRow("none") << u"M3AAWG"_s << QString();
    }
    void rfcSectionsBecomeLinks()
    {
        QFETCH(QString, rfc);
        QFETCH(QString, url);
        QCOMPARE(Export::rfcUrl(rfc), url);
    }

    // The PDF, read back with poppler's pdftotext (the reference tool; missing fails).
    void pdfHoldsTheReportInTheChosenLanguage()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        const QList<Export::ExportedCheck> checks{
            Test::exported(Test::hostileReport(u"a.test"_s), u"Alpha"_s),
            Test::exported(Test::hostileReport(u"b.test"_s), u"Beta"_s)};

        QString english = pdfText(pdftotext, checks);
        QVERIFY2(english.contains(u"Email security report"_s), qPrintable(english));
        QVERIFY(english.contains(u"b.test"_s));
        QVERIFY2(english.contains(u"To fix"_s), qPrintable(english));

        QTranslator french;
        QVERIFY(french.load(u":/i18n/sceau_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        const QString text = pdfText(pdftotext, checks);
        QCoreApplication::removeTranslator(&french);
        QVERIFY2(text.contains(u"Rapport de sécurité de la messagerie"_s), qPrintable(text));
        QVERIFY(text.contains(u"À corriger"_s));
        QVERIFY(!text.contains(u"To fix"_s));
    }

private:
    QString pdfText(const QString &pdftotext, const QList<Export::ExportedCheck> &checks)
    {
        const auto pdf
            = Export::render(checks, Export::Format::Pdf, QDateTime::currentDateTimeUtc());
        if (!pdf)
            return describe(pdf.error());
        if (!pdf->startsWith("%PDF-"))
            return u"not a PDF"_s;
        QTemporaryDir dir;
        QFile file(dir.filePath(u"report.pdf"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
            return u"cannot write the PDF"_s;
        file.close();
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, file.fileName(), u"-"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        // NFKC: the PDF's fonts set "fi" as one ligature glyph.
        return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }
};

QTEST_MAIN(tst_ClientReport)
#include "tst_clientreport.moc"
