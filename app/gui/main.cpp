// sceau: the desktop application. `sceau [DOMAIN]` opens the main window, and checks DOMAIN
// at once when given.
#include "model/core/translations.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace Sceau;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sceau"));
    QApplication::setApplicationName(QStringLiteral("sceau"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sceau"));
    QApplication::setApplicationVersion(QStringLiteral(SCEAU_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.sceau.Sceau"));

    Storage::Preferences preferences;
    Translations::install(app, preferences.language());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("domain"),
        QApplication::translate("Sceau::Gui", "Domain to check at start."));
    parser.process(app);

    // The one Session of the application: every window and wizard gets its services from it.
    Session::Options options;
    options.resolver = preferences.resolverSettings();
    auto session = Session::create(options);
    if (!session) {
        // Before the event loop: nothing is running that this modal box could hold up.
        QMessageBox::critical(
            nullptr,
            QApplication::applicationDisplayName(),
            QApplication::translate("Sceau::Gui", "The resolver settings cannot be used: %1")
                .arg(describe(session.error())));
        return 1;
    }

    Widgets::MainWindow window(session->get(), preferences);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString domain = parser.positionalArguments().first();
        QTimer::singleShot(0, &window, [&window, domain] { window.checkDomain(domain); });
    }
    return app.exec();
}
