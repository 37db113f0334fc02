#include "widgets/wizards/dmarc/dmarcwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Widgets;
using namespace Qt::StringLiterals;

namespace {
template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

QStringList findingIds(QWidget *wizard)
{
    QStringList ids;
    auto *list = child<QListWidget>(wizard, "findingsListWidget");
    for (int i = 0; i < list->count(); ++i)
        ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}
} // namespace

// The DMARC wizard, driven by object names: the record it writes (never pct=), the
// authorisation record of an external report host, the what-if findings of the draft, and the
// rollout plan with and without evidence.
class DmarcWizardTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void record()
    {
        DmarcWizard wizard;
        wizard.show();
        QVERIFY(wizard.zoneLine().isEmpty());
        QVERIFY(!child<QPushButton>(&wizard, "copyButton")->isEnabled());
        child<QLineEdit>(&wizard, "domainLineEdit")->setText(u"Example.COM"_s);
        QCOMPARE(wizard.zoneLine(), u"_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=none\""_s);
        QCOMPARE(findingIds(&wizard), (QStringList{u"dmarc.policy-none"_s, u"dmarc.no-rua"_s}));

        child<QComboBox>(&wizard, "policyComboBox")->setCurrentIndex(2);      // reject
        child<QComboBox>(&wizard, "subdomainComboBox")->setCurrentIndex(2);   // quarantine
        child<QComboBox>(&wizard, "nonExistentComboBox")->setCurrentIndex(3); // reject
        child<QCheckBox>(&wizard, "dkimStrictCheckBox")->setChecked(true);
        child<QCheckBox>(&wizard, "testModeCheckBox")->setChecked(true);
        child<QPlainTextEdit>(&wizard, "ruaPlainTextEdit")
            ->setPlainText(u"agg@example.com\nmailto:d@reports.example.net"_s);
        QVERIFY(!child<QCheckBox>(&wizard, "fo1CheckBox")->isEnabled()); // no ruf= yet
        child<QPlainTextEdit>(&wizard, "rufPlainTextEdit")->setPlainText(u"f@example.com"_s);
        child<QCheckBox>(&wizard, "fo1CheckBox")->setChecked(true);
        child<QCheckBox>(&wizard, "fodCheckBox")->setChecked(true);
        QCOMPARE(
            wizard.zoneLine(),
            u"_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=reject; sp=quarantine; "
            "np=reject; adkim=s; t=y; rua=mailto:agg@example.com,mailto:d@reports.example.net; "
            "ruf=mailto:f@example.com; fo=1:d\""_s);
        QVERIFY(!wizard.zoneLine().contains(u"pct"_s));
        // The external host must authorise the reports (RFC 9990).
        QCOMPARE(child<QPlainTextEdit>(&wizard, "authorisationPlainTextEdit")->toPlainText(),
                 u"example.com._report._dmarc.reports.example.net. 3600 IN TXT \"v=DMARC1;\""_s);
        QCOMPARE(findingIds(&wizard), (QStringList{u"dmarc.test-mode"_s, u"dmarc.sp-weaker"_s}));

        const QString path = m_dir.filePath(u"dmarc.zone"_s);
        QVERIFY(wizard.exportRecord(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.startsWith(wizard.zoneLine().toUtf8() + '\n'));
        QVERIFY(written.contains("._report._dmarc.reports.example.net."));

        child<QLineEdit>(&wizard, "domainLineEdit")->setText(u"not a domain"_s);
        QVERIFY(wizard.zoneLine().isEmpty());
        QVERIFY(!child<QLabel>(&wizard, "errorLabel")->text().isEmpty());
        QVERIFY(!wizard.exportRecord(m_dir.filePath(u"other.zone"_s)));
    }

    void rolloutWithoutEvidence()
    {
        DmarcWizard wizard;
        auto *table = child<QTableWidget>(&wizard, "rolloutTableWidget");
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(1, 1)->text(), u"p=quarantine; t=y"_s);
        QCOMPARE(table->item(3, 1)->text(), u"p=reject"_s);
        QVERIFY(!child<QLabel>(&wizard, "evidenceLabel")->text().isEmpty());
        const QString before = table->item(3, 3)->text();
        // With evidence that says too little passes, the steps are judged differently.
        Dmarc::RolloutEvidence evidence;
        evidence.policyDomain = u"example.com"_s;
        evidence.begin = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        evidence.end = evidence.begin.addDays(60);
        evidence.reports = 30;
        evidence.messages = 1000;
        evidence.passingAligned = 950;
        Dmarc::SourceImpact source;
        source.sourceIp = u"192.0.2.1"_s;
        source.messages = source.failingMessages = 50;
        evidence.failingSources << source;
        wizard.setEvidence(evidence);
        QVERIFY(table->item(3, 3)->text() != before);
        QVERIFY(table->item(3, 3)->text()
                != table->item(1, 3)->text()); // test mode safe, reject not
    }
};

QTEST_MAIN(DmarcWizardTest)
#include "tst_dmarcwizard.moc"
