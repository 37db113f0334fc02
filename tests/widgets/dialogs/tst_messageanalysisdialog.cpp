#include "faultydnsserver.h"
#include "model/dkim/signer.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "testenv.h"
#include "testsession.h"
#include "widgets/dialogs/messageanalysisdialog.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Widgets::MessageAnalysisDialog;

Q_DECLARE_METATYPE(Sceau::Mail::MessageAnalysis)

namespace {
const QByteArray kMessage = "Received-SPF: pass client-ip=192.0.2.25; envelope-from=b@msg.test;"
                            " helo=mail.msg.test\n"
                            "From: News <news@msg.test>\n"
                            "To: Bob <bob@example.net>\n"
                            "Subject: The November letter\n"
                            "List-Unsubscribe: <https://msg.test/u?id=42>\n"
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                            "\n"
                            "Hello Bob.\n";

QByteArray signedMessage()
{
    QFile file(Test::dataPath(u"dkim/keys/rsa2048.pem"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing key");
    Dkim::SignOptions o;
    o.domain = u"msg.test"_s;
    o.selector = u"s1"_s;
    o.headers = Dkim::defaultSignedHeaders() << "list-unsubscribe-post";
    return Dkim::signMessage(kMessage, Dkim::PrivateKey::load(file.readAll()).value(), o).value();
}
} // namespace

// The message analysis dialog driven by object name against the test Knot (msg.test).
class tst_MessageAnalysisDialog : public QObject
{
    Q_OBJECT
private:
    template<typename T> T *child(QWidget *dialog, const QString &name) const
    {
        T *widget = dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no %s in the dialog", qPrintable(name));
        return widget;
    }

    QStringList states(QWidget *dialog) const
    {
        QStringList out;
        auto *tree = child<QTreeWidget>(dialog, u"stepsTree"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->data(1, MessageAnalysisDialog::StateRole).toString();
        return out;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { qRegisterMetaType<Mail::MessageAnalysis>(); }

    // Under Tools; a pasted signed message: each step's row and state, the evidence below.
    void analyzesPastedMessage()
    {
        auto session = Test::session(Test::knotSettings(), m_dir.filePath(u"w.sqlite"_s));
        Storage::Preferences preferences(m_dir.filePath(u"prefs.ini"_s));
        Widgets::MainWindow window(session.get(), preferences);
        QAction *action = window.findChild<QAction *>(u"messageAnalysisAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<MessageAnalysisDialog *>();
        QVERIFY(dialog);
        dialog->setMessage(signedMessage());
        QSignalSpy finished(dialog, &MessageAnalysisDialog::analysisFinished);
        auto *analyze = child<QPushButton>(dialog, u"analyzeButton"_s);
        QTest::mouseClick(analyze, Qt::LeftButton);
        QVERIFY(!analyze->isEnabled());
        QVERIFY(child<QPushButton>(dialog, u"cancelButton"_s)->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
        QVERIFY(analyze->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"cancelButton"_s)->isEnabled());
        // DKIM, SPF, DMARC, one-click pass; the selectors row has no state.
        QCOMPARE(states(dialog),
                 (QStringList{u"pass"_s, u"pass"_s, u"pass"_s, u"pass"_s, QString()}));
        auto *tree = child<QTreeWidget>(dialog, u"stepsTree"_s);
        QVERIFY(tree->topLevelItem(0)->child(0)->text(2).contains(u"d=msg.test s=s1"_s));
        QVERIFY(tree->topLevelItem(4)->text(2).contains(u"d=msg.test s=s1"_s));

        // The same, forced to headers only: DKIM could not be checked.
        finished.clear();
        child<QCheckBox>(dialog, u"headersOnlyCheckBox"_s)->setChecked(true);
        QTest::mouseClick(analyze, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
        QCOMPARE(states(dialog).first(), u"could-not-check"_s);
    }

    // Input refused before any lookup: said in the status line, nothing run.
    void refusesNonMessage()
    {
        auto session = Test::session(Test::knotSettings(), m_dir.filePath(u"w2.sqlite"_s));
        MessageAnalysisDialog dialog(session.get());
        dialog.setMessage("not a message");
        QTest::mouseClick(child<QPushButton>(&dialog, u"analyzeButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(&dialog, u"analyzeButton"_s)->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, u"statusLabel"_s)->text().isEmpty());
        QCOMPARE(child<QTreeWidget>(&dialog, u"stepsTree"_s)->topLevelItemCount(), 0);
    }

    // A resolver that never answers: Cancel, then Escape, stop the run and keep the dialog.
    void cancels()
    {
        Test::FaultyDnsServer silent{Test::FaultyDnsServer::Fault::Silent};
        Dns::ResolverSettings settings = Test::knotSettings();
        settings.servers = {silent.address()};
        settings.timeoutMs = 20000;
        auto session = Test::session(settings, m_dir.filePath(u"w3.sqlite"_s));
        MessageAnalysisDialog dialog(session.get());
        dialog.show();
        dialog.setMessage(signedMessage());
        auto *analyze = child<QPushButton>(&dialog, u"analyzeButton"_s);
        auto *cancel = child<QPushButton>(&dialog, u"cancelButton"_s);
        QTest::mouseClick(analyze, Qt::LeftButton);
        QVERIFY(cancel->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return silent.queriesReceived() > 0; }, 20000));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(analyze->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(child<QTreeWidget>(&dialog, u"stepsTree"_s)->topLevelItemCount(), 0);

        QTest::mouseClick(analyze, Qt::LeftButton);
        QVERIFY(cancel->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(analyze->isEnabled());
        QVERIFY(dialog.isVisible()); // Escape canceled the run, not the dialog
    }
};

QTEST_MAIN(tst_MessageAnalysisDialog)
#include "tst_messageanalysisdialog.moc"
