#include "clirun.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/storedkey.h"
#include "model/dns/lookupresult.h"
#include "testenv.h"
#include "testsession.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Widgets::DkimRotationWizard;

namespace {
const QString kZone = u"agree.test"_s;

// Replaces selector's key record by its revocation (RFC 6376 §3.6.1: an empty p=).
bool publishRevocation(const QString &revocation, const QString &selector)
{
    return Test::updateKnotZone(
        kZone,
        u"update delete %1._domainkey.%2. TXT\nupdate add %3"_s.arg(selector, kZone, revocation));
}

// The visible "not due yet" question (QTRY_VERIFY evaluates its expression again: no side
// effect here).
QMessageBox *earlyStepBox(QWidget *wizard)
{
    for (QMessageBox *box : wizard->findChildren<QMessageBox *>(u"earlyStepMessageBox"_s)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// How a path ended a step: what the user or the script is told.
const QString kMoved = u"moved"_s;
const QString kNotYetPublished = u"not yet published"_s; // CLI exit 1, the wizard's report
const QString kNotAllowed = u"not allowed"_s;            // CLI exit 2, the wizard's Next

// One step as a path saw it: "name: state outcome [first report line]". The per-server lines of
// the report are compared on their own (they name the fixture's address and port).
QString
step(const QString &name, const QString &state, const QString &outcome, const QString &report = {})
{
    const QString line = u"%1: %2 %3"_s.arg(name, state, outcome);
    return report.isEmpty() ? line : line + u" ["_s + report.section(u'\n', 0, 0) + u']';
}

// The CLI's per-server report written as the wizard writes it (DkimDnsStepPage::showReport):
// the servers asked, how many serve the target record, and each server's answer.
QString reportText(const QJsonObject &publication)
{
    const QJsonArray servers = publication[u"servers"_s].toArray();
    QStringList lines;
    lines << (publication[u"target"_s].toString() == u"revoked"_s
                  ? u"Revoked on %1 of %2 authoritative nameservers."_s
                  : u"Published on %1 of %2 authoritative nameservers."_s)
                 .arg(publication[u"serving"_s].toInt())
                 .arg(servers.size());
    for (const QJsonValue &value : servers) {
        const QJsonObject server = value.toObject();
        const QString host = server[u"host"_s].toString();
        const QString where = server[u"server"_s].isString()
                                  ? u"%1 (%2)"_s.arg(host, server[u"server"_s].toString())
                                  : host;
        const auto status = Dns::LookupStatuses.value(server[u"status"_s].toString());
        if (!status)
            lines << u"%1: unknown status %2"_s.arg(where, server[u"status"_s].toString());
        else if (Dns::isFailure(*status))
            lines << u"%1: could not be asked: %2"_s.arg(where,
                                                         describe(Dns::failureError(*status)));
        else if (server[u"serves"_s].toBool())
            lines << where + u": serves it"_s;
        else
            lines << where + u": does not serve it yet"_s;
    }
    return lines.join(u'\n');
}

// The steps both paths must report, in order.
const QStringList kExpected{
    u"keygen s1: generated moved"_s,
    u"publish s1: generated not yet published [Published on 0 of 1 authoritative nameservers.]"_s,
    u"activate s1: generated not allowed"_s,
    u"publish s1: published moved [Published on 1 of 1 authoritative nameservers.]"_s,
    u"activate s1: active moved"_s,
    u"keygen s2: generated moved"_s,
    u"publish s2: published moved [Published on 1 of 1 authoritative nameservers.]"_s,
    u"activate s2: active moved"_s,
    u"retire s1: retiring moved"_s,
    u"revoke s1: retiring not yet published [Revoked on 0 of 1 authoritative nameservers.]"_s,
    u"revoke s1: revoked moved [Revoked on 1 of 1 authoritative nameservers.]"_s,
    u"destroy s1: destroyed moved"_s,
};
} // namespace

// One key's whole lifecycle (s1, replaced by s2) run twice on the test Knot's agree.test zone:
// once through the rotation wizard driven by object name on a Session whose workspace is in a
// QTemporaryDir, once through the real `sceau-cli dkim keygen|state …` with a workspace of its
// own (its XDG_DATA_HOME). Both reach KeyVault::advance, the DNS steps asking every
// authoritative nameserver; the state reached, the refusals and the per-server reports must be
// the same at every step.
class tst_DkimLifecycleAgreement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
    }

    void guiAndCliAgree()
    {
        QStringList guiSteps, guiReports;
        QVERIFY(Test::reloadKnotZone(kZone));
        runGui(guiSteps, guiReports);
        if (QTest::currentTestFailed())
            return;
        QStringList cliSteps, cliReports;
        QVERIFY(Test::reloadKnotZone(kZone));
        runCli(cliSteps, cliReports);
        if (QTest::currentTestFailed())
            return;

        // Agreement first (the message names the step where the paths part), then what both
        // must say.
        QCOMPARE(guiSteps, cliSteps);
        QCOMPARE(guiSteps, kExpected);
        QCOMPARE(guiReports.size(), 5); // publish s1 (refused, done), s2, revoke s1 (refused, done)
        QCOMPARE(guiReports, cliReports);
        QVERIFY2(guiReports.first().contains(u": does not serve it yet"_s),
                 qPrintable(guiReports.first()));
        QVERIFY2(guiReports.last().contains(u": serves it"_s), qPrintable(guiReports.last()));
    }

private:
    // The wizard's way: a first key s1 (setup, generation, storage, its record checked, made
    // active), then a rotation from s1 to s2 (s1 retiring, its revocation checked, erased).
    void runGui(QStringList &steps, QStringList &reports)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto session = Test::session(Test::knotSettings(), dir.filePath(u"workspace.sqlite"_s));
        auto opened = session->keyVault();
        QVERIFY(opened);
        Dkim::KeyVault *vault = *opened;
        const auto state = [vault](const QString &selector) {
            const auto key = vault->key(kZone, selector);
            return key ? QString(Dkim::KeyStates.token(key->state)) : u"(none)"_s;
        };

        auto first = std::make_unique<DkimRotationWizard>(vault, session.get());
        first->show();
        QCOMPARE(first->currentId(), int(DkimRotationWizard::SetupPageId));
        first->findChild<QLineEdit *>(u"domainLineEdit"_s)->setText(kZone);
        first->findChild<QLineEdit *>(u"selectorLineEdit"_s)->setText(u"s1"_s);
        first->findChild<QRadioButton *>(u"ed25519RadioButton"_s)->click();
        QString zoneLine = generateAndStore(first.get());
        QVERIFY(!zoneLine.isEmpty());
        steps << step(u"keygen s1"_s, state(u"s1"_s), kMoved);

        QString report = checkDns(first.get(), false);
        QVERIFY(!first->currentPage()->isComplete());
        steps << step(u"publish s1"_s, state(u"s1"_s), kNotYetPublished, report);
        reports << report;
        // Activating is the next page: the wizard offers no way there until the record is served.
        QVERIFY(!first->button(QWizard::NextButton)->isEnabled());
        steps << step(u"activate s1"_s, state(u"s1"_s), kNotAllowed);
        QVERIFY(Test::updateKnotZone(kZone, u"update add "_s + zoneLine));
        report = checkDns(first.get(), false);
        QVERIFY(first->currentPage()->isComplete());
        steps << step(u"publish s1"_s, state(u"s1"_s), kMoved, report);
        reports << report;
        first->next();
        activate(first.get());
        steps << step(u"activate s1"_s, state(u"s1"_s), kMoved);
        const qint64 s1 = vault->key(kZone, u"s1"_s).value().id;
        first.reset();

        const auto keys = vault->keys();
        QVERIFY(keys);
        std::unique_ptr<DkimRotationWizard> rotation(
            DkimRotationWizard::forKey(vault, session.get(), *keys, s1, true));
        QVERIFY(rotation);
        rotation->show();
        QCOMPARE(rotation->currentId(), int(DkimRotationWizard::SetupPageId));
        rotation->findChild<QLineEdit *>(u"selectorLineEdit"_s)->setText(u"s2"_s);
        rotation->findChild<QRadioButton *>(u"ed25519RadioButton"_s)->click();
        zoneLine = generateAndStore(rotation.get());
        QVERIFY(!zoneLine.isEmpty());
        steps << step(u"keygen s2"_s, state(u"s2"_s), kMoved);
        QVERIFY(Test::updateKnotZone(kZone, u"update add "_s + zoneLine));
        report = checkDns(rotation.get(), false);
        QVERIFY(rotation->currentPage()->isComplete());
        steps << step(u"publish s2"_s, state(u"s2"_s), kMoved, report);
        reports << report;
        rotation->next();
        activate(rotation.get()); // s2 active, then s1 retiring: two advance() calls
        steps << step(u"activate s2"_s, state(u"s2"_s), kMoved);
        steps << step(u"retire s1"_s, state(u"s1"_s), kMoved);
        rotation->next();

        QCOMPARE(rotation->currentId(), int(DkimRotationWizard::RevokePageId));
        const QString revocation = rotation->currentPage()
                                       ->findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)
                                       ->toPlainText();
        report = checkDns(rotation.get(), true); // not due for the retire period: asked first
        QVERIFY(!rotation->currentPage()->isComplete());
        steps << step(u"revoke s1"_s, state(u"s1"_s), kNotYetPublished, report);
        reports << report;
        QVERIFY(publishRevocation(revocation, u"s1"_s));
        report = checkDns(rotation.get(), true);
        QVERIFY(rotation->currentPage()->isComplete());
        steps << step(u"revoke s1"_s, state(u"s1"_s), kMoved, report);
        reports << report;
        rotation->next();

        QCOMPARE(rotation->currentId(), int(DkimRotationWizard::DestroyPageId));
        QWizardPage *page = rotation->currentPage();
        page->findChild<QPushButton *>(u"destroyPushButton"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(u"destroyMessageBox"_s)) != nullptr
                    && box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 15000);
        steps << step(u"destroy s1"_s, state(u"s1"_s), kMoved);
    }

    // From the setup page (filled in): generates, stores, and returns the check page's zone
    // file line; empty on failure.
    QString generateAndStore(DkimRotationWizard *wizard)
    {
        wizard->next();
        if (wizard->currentId() != DkimRotationWizard::KeyPageId)
            return {};
        if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, 15000))
            return {};
        wizard->next();
        if (wizard->currentId() != DkimRotationWizard::StorePageId)
            return {};
        if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, 15000))
            return {};
        wizard->next();
        if (wizard->currentId() != DkimRotationWizard::CheckPageId)
            return {};
        return wizard->currentPage()
            ->findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)
            ->toPlainText();
    }

    // Clicks the current DNS step page's Check button (confirming the early step when asked)
    // and returns the report it shows; empty when none came.
    QString checkDns(DkimRotationWizard *wizard, bool early)
    {
        QWizardPage *page = wizard->currentPage();
        auto *check = page->findChild<QPushButton *>(u"checkDnsPushButton"_s);
        auto *result = page->findChild<QLabel *>(u"dnsResultLabel"_s);
        if (!check->isEnabled())
            return {};
        result->clear();
        check->click();
        if (early) {
            if (!QTest::qWaitFor([wizard] { return earlyStepBox(wizard) != nullptr; }))
                return {};
            earlyStepBox(wizard)->button(QMessageBox::Yes)->click();
        }
        const auto reported
            = [result] { return result->text().contains(u" authoritative nameservers."_s); };
        if (!QTest::qWaitFor(reported, 10000))
            return {};
        return result->text();
    }

    void activate(DkimRotationWizard *wizard)
    {
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::ActivatePageId));
        QWizardPage *page = wizard->currentPage();
        page->findChild<QCheckBox *>(u"signerSwitchedCheckBox"_s)->setChecked(true);
        page->findChild<QPushButton *>(u"activatePushButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
    }

    // The CLI's way: the same steps as commands, in a workspace of its own (XDG_DATA_HOME).
    void runCli(QStringList &steps, QStringList &reports)
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, home.path());
        const auto run = [&](const QStringList &arguments) {
            return Test::runCli(arguments, {}, environment);
        };
        const QStringList dns
            = Test::knotOptions()
              + QStringList{u"--authoritative-port"_s, QString::number(Test::knotServer().port)};
        const auto state = [&](const QString &selector) {
            const QJsonObject keys
                = run({u"--json"_s, u"dkim"_s, u"keys"_s, u"--domain"_s, kZone}).json();
            for (const QJsonValue &key : keys[u"keys"_s].toArray()) {
                if (key[u"selector"_s].toString() == selector)
                    return key[u"state"_s].toString();
            }
            return u"(none)"_s;
        };
        const auto outcome = [](const Test::CliRun &result) {
            switch (result.exitCode) {
            case 0:
                return kMoved;
            case 1:
                return kNotYetPublished;
            case 2:
                return kNotAllowed;
            default:
                return u"exit %1: %2"_s.arg(result.exitCode).arg(QString::fromUtf8(result.err));
            }
        };
        // One `dkim state STEP` of selector: DNS steps ask every authoritative nameserver.
        const auto advance = [&](const QString &name, const QString &selector, bool onDns) {
            const Test::CliRun done = run((onDns ? dns : QStringList())
                                          + QStringList{u"--json"_s,
                                                        u"dkim"_s,
                                                        u"state"_s,
                                                        name,
                                                        u"--domain"_s,
                                                        kZone,
                                                        u"--selector"_s,
                                                        selector});
            const QJsonObject publication = done.json()[u"publication"_s].toObject();
            const QString report = publication.isEmpty() ? QString() : reportText(publication);
            if (!report.isEmpty())
                reports << report;
            steps << step(u"%1 %2"_s.arg(name, selector), state(selector), outcome(done), report);
        };
        const auto keygen = [&](const QString &selector) {
            const Test::CliRun done = run({u"--json"_s,
                                           u"dkim"_s,
                                           u"keygen"_s,
                                           u"--domain"_s,
                                           kZone,
                                           u"--selector"_s,
                                           selector,
                                           u"--algorithm"_s,
                                           u"ed25519"_s});
            steps << step(u"keygen "_s + selector, state(selector), outcome(done));
            return done.json()[u"zone_line"_s].toString();
        };

        const QString s1Line = keygen(u"s1"_s);
        QVERIFY(!s1Line.isEmpty());
        // The CLI's workspace is its own, under the XDG_DATA_HOME it was given.
        QDirIterator files(home.path(), {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        advance(u"publish"_s, u"s1"_s, true);
        advance(u"activate"_s, u"s1"_s, false);
        QVERIFY(Test::updateKnotZone(kZone, u"update add "_s + s1Line));
        advance(u"publish"_s, u"s1"_s, true);
        advance(u"activate"_s, u"s1"_s, false);
        const QString s2Line = keygen(u"s2"_s);
        QVERIFY(!s2Line.isEmpty());
        QVERIFY(Test::updateKnotZone(kZone, u"update add "_s + s2Line));
        advance(u"publish"_s, u"s2"_s, true);
        advance(u"activate"_s, u"s2"_s, false);
        advance(u"retire"_s, u"s1"_s, false);
        advance(u"revoke"_s, u"s1"_s, true);
        QVERIFY(publishRevocation(
            u"s1._domainkey.%1. 3600 IN TXT \"v=DKIM1; k=ed25519; p=\""_s.arg(kZone), u"s1"_s));
        advance(u"revoke"_s, u"s1"_s, true);
        advance(u"destroy"_s, u"s1"_s, false);
    }
};

QTEST_MAIN(tst_DkimLifecycleAgreement)
#include "tst_dkimlifecycleagreement.moc"
