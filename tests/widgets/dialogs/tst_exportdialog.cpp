#include "../../model/export/exportfixture.h"
#include "testsession.h"

#include "model/export/exportformat.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"
#include "widgets/dialogs/exportdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;

// The export dialog (issue 12 §4), driven by object name: the checks saved in the session's
// workspace written as CSV and as a French PDF, domains never checked named, a failed write
// said and the previous file kept.
class tst_ExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"w.sqlite"_s));
        const auto workspace = m_session->workspace();
        QVERIFY(workspace);
        Storage::DomainList list(*workspace);
        QVERIFY(list.add(u"a.test"_s, u"Alpha"_s));
        QVERIFY(list.add(u"never.test"_s));
        const Export::ExportedCheck check
            = Test::exported(Test::hostileReport(u"a.test"_s), u"Alpha"_s);
        QVERIFY(Storage::CheckHistory(*workspace).save(check.check, check.report));
    }

    void csvOfTheWholeList()
    {
        Widgets::ExportDialog dialog(m_session.get(), {});
        choose(dialog, u"csv"_s);
        auto *path = dialog.findChild<QLineEdit *>(u"exportPathLineEdit"_s);
        QVERIFY(path->text().endsWith(u".csv"_s)); // the suffix follows the format
        path->setText(m_dir.filePath(u"list.csv"_s));
        QVERIFY(exportNow(dialog));
        QByteArray csv = read(m_dir.filePath(u"list.csv"_s));
        QVERIFY2(csv.contains("\r\na.test,Alpha,"), csv.constData());
        QVERIFY(!csv.contains("never.test"));
        const QString status = dialog.findChild<QLabel *>(u"exportStatusLabel"_s)->text();
        QVERIFY2(status.contains(u"never.test"_s), qPrintable(status));
        QVERIFY(!dialog.findChild<QComboBox *>(u"exportLanguageComboBox"_s)->isEnabled());
    }

    void frenchPdfOfOneDomain()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        Widgets::ExportDialog dialog(m_session.get(), {u"a.test"_s});
        choose(dialog, u"pdf"_s);
        auto *language = dialog.findChild<QComboBox *>(u"exportLanguageComboBox"_s);
        QVERIFY(language->isEnabled());
        language->setCurrentIndex(language->findData(u"fr"_s));
        const QString path = m_dir.filePath(u"a.pdf"_s);
        dialog.findChild<QLineEdit *>(u"exportPathLineEdit"_s)->setText(path);
        QVERIFY(exportNow(dialog));
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(u"Rapport de sécurité de la messagerie"_s), qPrintable(text));
        // The interface stays in its language.
        QCOMPARE(dialog.findChild<QPushButton *>(u"exportPushButton"_s)->text(), u"&Export"_s);
    }

    void aFailedWriteIsSaidAndKeepsTheFile()
    {
        Widgets::ExportDialog dialog(m_session.get(), {u"a.test"_s});
        choose(dialog, u"html"_s);
        dialog.findChild<QLineEdit *>(u"exportPathLineEdit"_s)
            ->setText(m_dir.filePath(u"missing/dir/r.html"_s));
        QSignalSpy exported(&dialog, &Widgets::ExportDialog::exported);
        auto *status = dialog.findChild<QLabel *>(u"exportStatusLabel"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 30000);
        QVERIFY(exported.isEmpty());
        QVERIFY(dialog.findChild<QPushButton *>(u"exportPushButton"_s)->isVisible());

        Widgets::ExportDialog never(m_session.get(), {u"never.test"_s});
        never.show();
        QTest::mouseClick(never.findChild<QPushButton *>(u"exportPushButton"_s), Qt::LeftButton);
        auto *neverStatus = never.findChild<QLabel *>(u"exportStatusLabel"_s);
        QVERIFY(neverStatus->property("error").toBool());
        QVERIFY(neverStatus->text().contains(u"check them first"_s));
    }

private:
    static void choose(Widgets::ExportDialog &dialog, const QString &format)
    {
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(u"exportFormatComboBox"_s);
        for (int i = 0; i < combo->count(); ++i) {
            if (Export::Formats.token(Export::Format(combo->itemData(i).toInt())) == format)
                combo->setCurrentIndex(i);
        }
    }
    static bool exportNow(Widgets::ExportDialog &dialog)
    {
        QSignalSpy exported(&dialog, &Widgets::ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportPushButton"_s), Qt::LeftButton);
        return exported.wait(30000) || !exported.isEmpty();
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
