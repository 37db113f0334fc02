#include "model/storage/preferences.h"
#include "widgets/mainwindow/mainwindow.h"

#include "testsession.h"

#include <QAction>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The version has one source, project() in CMakeLists.txt: the About box shows it (and
// `sceau-cli --version`, checked on the package by tests/installer/deb-contents.sh).
class tst_About : public QObject
{
    Q_OBJECT
private slots:
    void aboutShowsTheProjectVersion()
    {
        const QString version = qEnvironmentVariable("SCEAU_PROJECT_VERSION");
        QVERIFY2(!version.isEmpty(), "SCEAU_PROJECT_VERSION is not set (tests/widgets/mainwindow)");
        QTemporaryDir dir;
        Storage::Preferences preferences(dir.filePath(u"sceau.ini"_s));
        const auto session
            = Test::session(Test::knotSettings(), dir.filePath(u"workspace.sqlite"_s));
        Widgets::MainWindow window(session.get(), preferences);
        window.show();

        window.findChild<QAction *>(u"aboutAction"_s)->trigger();
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(u"</b> "_s + version + u"<br>"_s), qPrintable(box->text()));
    }
};

QTEST_MAIN(tst_About)
#include "tst_about.moc"
