#include "model/storage/preferences.h"
#include "widgets/dialogs/settingsdialog.h"

#include "widgets/mnemonics.h"
#include "widgets/translationscope.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void savesCustomResolverAndLanguage()
    {
        QTemporaryDir dir;
        Storage::Preferences preferences(dir.filePath(u"sceau.ini"_s));
        Widgets::SettingsDialog dialog(preferences);
        QVERIFY(dialog.findChild<QRadioButton *>(u"systemResolverRadioButton"_s)->isChecked());
        dialog.findChild<QRadioButton *>(u"customResolverRadioButton"_s)->click();
        auto *servers = dialog.findChild<QLineEdit *>(u"nameserversLineEdit"_s);
        QVERIFY(servers->isEnabled());
        QTest::keyClicks(servers, u"127.0.0.1:5353, [::1]:53"_s);
        dialog.findChild<QSpinBox *>(u"timeoutSpinBox"_s)->setValue(750);
        auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
        language->setCurrentIndex(language->findData(u"fr"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Storage::Preferences reread(dir.filePath(u"sceau.ini"_s));
        QCOMPARE(reread.nameServers().size(), 2);
        QCOMPARE(reread.nameServers().first().toString(), u"127.0.0.1:5353"_s);
        QCOMPARE(reread.nameServers().last().toString(), u"::1"_s);
        QCOMPARE(reread.timeoutMs(), 750);
        QCOMPARE(reread.language(), u"fr"_s);
        QCOMPARE(reread.resolverSettings().servers, reread.nameServers());
    }

    // Issue 12 §3: the re-check schedule, off by default; TLS probing only with a schedule.
    void savesTheRecheckSchedule()
    {
        QTemporaryDir dir;
        Storage::Preferences preferences(dir.filePath(u"sceau.ini"_s));
        QCOMPARE(preferences.recheckIntervalHours(), 0);
        Widgets::SettingsDialog dialog(preferences);
        auto *schedule = dialog.findChild<QComboBox *>(u"recheckComboBox"_s);
        auto *transport = dialog.findChild<QCheckBox *>(u"recheckTransportCheckBox"_s);
        QCOMPARE(schedule->currentData().toInt(), 0);
        QVERIFY(!transport->isEnabled());
        schedule->setCurrentIndex(schedule->findData(24));
        QVERIFY(transport->isEnabled());
        transport->setChecked(true);
        dialog.accept();
        Storage::Preferences reread(dir.filePath(u"sceau.ini"_s));
        QCOMPARE(reread.recheckIntervalHours(), 24);
        QVERIFY(reread.recheckTransport());

        reread.setRecheckIntervalHours(48); // not one of the choices: shown as it is
        Widgets::SettingsDialog again(reread);
        QCOMPARE(again.findChild<QComboBox *>(u"recheckComboBox"_s)->currentData().toInt(), 48);
    }

    void invalidServerKeepsTheDialogOpen()
    {
        QTemporaryDir dir;
        Storage::Preferences preferences(dir.filePath(u"sceau.ini"_s));
        Widgets::SettingsDialog dialog(preferences);
        dialog.show();
        dialog.findChild<QRadioButton *>(u"customResolverRadioButton"_s)->click();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameserversLineEdit"_s),
                         u"dns.example.com"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"dns.example.com"_s));
        QVERIFY(preferences.nameServers().isEmpty());
    }

    // Issue 12 §5: "&Timeout per query" and "&These nameservers" both answered to Alt+T.
    void everyMnemonicReachesOneControl_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("French") << u"fr"_s;
    }
    void everyMnemonicReachesOneControl()
    {
        QFETCH(QString, language);
        const Test::TranslationScope translation(language);
        QVERIFY(translation.loaded());
        QTemporaryDir dir;
        Storage::Preferences preferences(dir.filePath(u"sceau.ini"_s));
        Widgets::SettingsDialog dialog(preferences);
        dialog.show();
        const QStringList clashes = Test::mnemonicClashes(&dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
