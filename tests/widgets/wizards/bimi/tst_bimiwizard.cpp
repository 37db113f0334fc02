#include "model/session/session.h"
#include "tests/support/testenv.h"
#include "tests/support/testsession.h"
#include "widgets/wizards/bimi/bimifindingslist.h"
#include "widgets/wizards/bimi/bimiwizard.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Widgets;
using namespace Qt::StringLiterals;

// The BIMI wizard, driven by object name: the prerequisites from the test Knot (zone
// bimi.test), a logo file checked with its lines, a certificate file, and the record's zone
// line with Export.
class BimiWizardTest : public QObject
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

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"workspace.db"_s));
    }

    // Check runs the DMARC discovery: sub.bimi.test inherits sp=none, so the prerequisites say
    // what to fix, and its record is the organisational domain's (the discovery's org domain);
    // good.bimi.test enforces, and its own record fills the URLs.
    void prerequisites()
    {
        BimiWizard wizard(m_session.get());
        QSignalSpy checked(&wizard, &BimiWizard::checked);
        child<QLineEdit>(&wizard, "domainLineEdit")->setText(u"sub.bimi.test"_s);
        QTest::mouseClick(child<QPushButton>(&wizard, "checkButton"), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        const QStringList ids = child<BimiFindingsList>(&wizard, "prerequisitesList")->ids();
        QVERIFY(!ids.contains(u"bimi.no-record"_s));
        QVERIFY(ids.contains(u"bimi.dmarc-subdomain-not-enforcing"_s));
        QCOMPARE(child<QLineEdit>(&wizard, "logoUrlLineEdit")->text(),
                 u"https://logo-good.bimi.test/org.svg"_s);
        QVERIFY(child<QLabel>(&wizard, "statusLabel")->text().startsWith(u"Fix DMARC first"_s));

        child<QLineEdit>(&wizard, "domainLineEdit")->setText(u"good.bimi.test"_s);
        QTest::mouseClick(child<QPushButton>(&wizard, "checkButton"), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QCOMPARE(child<QLineEdit>(&wizard, "logoUrlLineEdit")->text(),
                 u"https://logo-good.bimi.test/logo.svg"_s);
        QVERIFY(child<QLabel>(&wizard, "statusLabel")->text().startsWith(u"DMARC enforces"_s));
    }

    void logo()
    {
        BimiWizard wizard(m_session.get());
        QSignalSpy done(&wizard, &BimiWizard::logoChecked);
        wizard.loadLogo(Test::dataPath(u"bimi/svg/FM-good.svg"_s));
        QVERIFY(done.wait(10000));
        QCOMPARE(child<BimiFindingsList>(&wizard, "logoFindingsList")->ids(),
                 QStringList{u"bimi.svg-valid"_s});
        const QString bad = write(u"bad.svg"_s,
                                  "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                                  "baseProfile=\"tiny-ps\" viewBox=\"0 0 1 1\">\n<title>B</title>"
                                  "\n<image/>\n</svg>\n");
        wizard.loadLogo(bad);
        QVERIFY(done.wait(10000));
        auto *list = child<BimiFindingsList>(&wizard, "logoFindingsList");
        QCOMPARE(list->ids(), QStringList{u"bimi.svg-forbidden-element"_s});
        QVERIFY(list->item(0)->text().startsWith(u"line 3:"_s));
    }

    void certificate()
    {
        BimiWizard wizard(m_session.get());
        QSignalSpy done(&wizard, &BimiWizard::certificateChecked);
        wizard.loadCertificate(write(u"junk.pem"_s, "not a certificate"));
        QVERIFY(done.wait(10000));
        QCOMPARE(child<BimiFindingsList>(&wizard, "certificateFindingsList")->ids(),
                 QStringList{u"bimi.vmc-unreadable"_s});
    }

    void record()
    {
        BimiWizard wizard(m_session.get());
        wizard.setDomain(u"example.com"_s);
        auto *exportButton = child<QPushButton>(&wizard, "exportButton");
        QVERIFY(!exportButton->isEnabled()); // no logo URL yet
        child<QLineEdit>(&wizard, "logoUrlLineEdit")->setText(u"http://example.com/l.svg"_s);
        QVERIFY(!child<QLabel>(&wizard, "errorLabel")->text().isEmpty());
        child<QLineEdit>(&wizard, "logoUrlLineEdit")->setText(u"https://example.com/l.svg"_s);
        child<QLineEdit>(&wizard, "certificateUrlLineEdit")
            ->setText(u"https://example.com/v.pem"_s);
        QCOMPARE(wizard.zoneLine(),
                 u"default._bimi.example.com. 3600 IN TXT \"v=BIMI1; l=https://example.com/l.svg; "
                 "a=https://example.com/v.pem;\""_s);
        QVERIFY(exportButton->isEnabled());
        const QString path = m_dir.filePath(u"bimi.zone"_s);
        QVERIFY(wizard.exportRecord(path).hasValue());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), wizard.zoneLine().toUtf8() + '\n');
    }
};

QTEST_MAIN(BimiWizardTest)
#include "tst_bimiwizard.moc"
