#include "https/httpstestserver.h"
#include "model/session/session.h"
#include "model/transport/mtastspolicy.h"
#include "tests/support/await.h"
#include "tests/support/testsession.h"
#include "tls/testpki.h"
#include "widgets/wizards/transport/mtastswizard.h"
#include "widgets/wizards/transport/tlsrptwizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Widgets;
using namespace Qt::StringLiterals;

// The MTA-STS and TLS-RPT wizards, driven by object name, on the test Knot (zone mtasts.test)
// and the suite's HTTPS server serving good.mtasts.test's policy.
class MtaStsWizardTest : public QObject
{
    Q_OBJECT
private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    // Types the domain, presses Load, waits for the check.
    static void load(MtaStsWizard &wizard, const QString &domain)
    {
        QSignalSpy loaded(&wizard, &MtaStsWizard::loaded);
        child<QLineEdit>(&wizard, "domainLineEdit")->setText(domain);
        QTest::mouseClick(child<QPushButton>(&wizard, "loadButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(20000));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Test::HttpsTestServer> m_server;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_server = std::make_unique<Test::HttpsTestServer>(
            m_pki->issue(u"policy"_s, {u"mta-sts.good.mtasts.test"_s}),
            QJsonObject{{u"mta-sts.good.mtasts.test"_s,
                         QJsonObject{{u"body"_s,
                                      u"version: STSv1\nmode: testing\nmx: mail.good.mtasts.test\n"
                                      "max_age: 604800\n"_s}}}});
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"workspace.db"_s));
        Transport::TransportSettings transport = m_session->transportSettings();
        transport.anchors = {false, {m_pki->caCertificate()}};
        transport.ports = Transport::PortMap::parse(u"443=%1"_s.arg(m_server->port())).value();
        m_session->setTransportSettings(transport);
    }

    // Nothing published: testing mode, the MX prefilled, a new id from the wizard's time.
    void fromNothing()
    {
        MtaStsWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        load(wizard, u"none.mtasts.test"_s);
        QCOMPARE(child<QComboBox>(&wizard, "modeComboBox")->currentData().toInt(),
                 int(Transport::MtaStsMode::Testing));
        QCOMPARE(child<QPlainTextEdit>(&wizard, "mxPatternsPlainTextEdit")->toPlainText(),
                 u"mail.none.mtasts.test"_s);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(&wizard, "adviceLabel")->text().contains(u"TLS-RPT"_s));
        wizard.next();
        const QString expectedId = wizard.changedAt().toString(u"yyyyMMdd'T'HHmmss"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "recordLineEdit")->text(),
                 u"_mta-sts.none.mtasts.test. 3600 IN TXT \"v=STSv1; id=%1\""_s.arg(expectedId));
        const QString policy = child<QPlainTextEdit>(&wizard, "policyPlainTextEdit")->toPlainText();
        QVERIFY(Transport::parseMtaStsPolicy(policy.toUtf8()));
        QVERIFY(policy.contains(u"mode: testing"_s));

        const QString file = m_dir.filePath(u"mta-sts.txt"_s);
        QVERIFY(wizard.exportPolicy(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), wizard.draft().policyText());
    }

    // The published policy is loaded; its id stays until the policy changes; testing → enforce.
    void walkToEnforce()
    {
        MtaStsWizard wizard(m_session.get());
        wizard.show();
        load(wizard, u"good.mtasts.test"_s);
        QVERIFY2(wizard.draft().published,
                 qPrintable(child<QLabel>(&wizard, "statusLabel")->text()));
        QVERIFY(child<QLabel>(&wizard, "adviceLabel")->text().contains(u"next step is enforce"_s));
        wizard.next();
        QVERIFY(
            child<QLineEdit>(&wizard, "recordLineEdit")->text().contains(u"id=20261130T120000"_s));
        wizard.back();
        auto *mode = child<QComboBox>(&wizard, "modeComboBox");
        mode->setCurrentIndex(mode->findData(int(Transport::MtaStsMode::Enforce)));
        wizard.next();
        const QString record = child<QLineEdit>(&wizard, "recordLineEdit")->text();
        QVERIFY2(!record.contains(u"id=20261130T120000"_s), qPrintable(record));
        QVERIFY(child<QLabel>(&wizard, "idNoteLabel")->text().contains(u"20261130T120000"_s));
        QVERIFY(child<QPlainTextEdit>(&wizard, "policyPlainTextEdit")
                    ->toPlainText()
                    .contains(u"mode: enforce"_s));
    }

    void badPattern()
    {
        MtaStsWizard wizard(m_session.get());
        wizard.show();
        load(wizard, u"none.mtasts.test"_s);
        child<QPlainTextEdit>(&wizard, "mxPatternsPlainTextEdit")
            ->setPlainText(u"mail.*.example"_s);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        child<QPlainTextEdit>(&wizard, "mxPatternsPlainTextEdit")->setPlainText(u"*.example.com"_s);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // The MX host is no longer covered: the advice says so.
        QVERIFY(child<QLabel>(&wizard, "adviceLabel")->text().contains(u"mail.none.mtasts.test"_s));
    }

    void tlsRpt()
    {
        TlsRptWizard wizard;
        wizard.show();
        child<QLineEdit>(&wizard, "domainLineEdit")->setText(u"example.com"_s);
        QVERIFY(!child<QPushButton>(&wizard, "copyButton")->isEnabled());
        child<QPlainTextEdit>(&wizard, "ruaPlainTextEdit")
            ->setPlainText(u"tls@example.com\nhttps://reports.example.com/tlsrpt"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "recordLineEdit")->text(),
                 u"_smtp._tls.example.com. 3600 IN TXT \"v=TLSRPTv1; "
                 "rua=mailto:tls@example.com,https://reports.example.com/tlsrpt\""_s);
        QVERIFY(child<QPushButton>(&wizard, "copyButton")->isEnabled());
        child<QPlainTextEdit>(&wizard, "ruaPlainTextEdit")->setPlainText(u"ftp://x.example/"_s);
        QVERIFY(child<QLineEdit>(&wizard, "recordLineEdit")->text().isEmpty());
        QVERIFY(!child<QLabel>(&wizard, "errorLabel")->text().isEmpty());
        QVERIFY(!wizard.exportRecord(m_dir.filePath(u"rpt.zone"_s)));
    }
};

QTEST_MAIN(MtaStsWizardTest)
#include "tst_mtastswizard.moc"
