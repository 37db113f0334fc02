// sceau-cli: every capability of Sceau without a display (DESIGN.md §6).
#include "app/cli/clicontext.h"
#include "app/cli/commandregistry.h"
#include "app/cli/globaloptions.h"
#include "app/cli/tr.h"
#include "model/core/translations.h"
#include "model/session/session.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Sceau;
using namespace Sceau::Cli;

namespace {
int usageError(const QString &message)
{
    std::fprintf(stderr,
                 "sceau-cli: %s\n%s\n",
                 qPrintable(message),
                 qPrintable(Tr::tr("Try “sceau-cli --help”.")));
    return ExitCode::BadUsage;
}

// A QCoreApplication, or for a command that lays out text with fonts (a PDF) a QGuiApplication
// on Qt's offscreen platform: no display, so cron and SSH sessions can run it too.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandRegistry registry;
    QString language;
    const auto found = registry.find(GlobalOptions::withoutGlobalOptions(arguments, &language));
    if (found.first && found.first->needsFonts()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Sceau"));
    QCoreApplication::setApplicationName(QStringLiteral("sceau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCEAU_VERSION));

    const QStringList arguments = app.arguments().mid(1);
    QString language;
    const QStringList commandLine = GlobalOptions::withoutGlobalOptions(arguments, &language);
    Translations::install(app, language == u"en" || language == u"fr" ? language : QString());

    CommandRegistry registry;
    const auto [command, wordCount] = registry.find(commandLine);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Sceau: email sender security checks.")
                                     + QStringLiteral("\n\n") + registry.overview());
    parser.addOptions(GlobalOptions::definitions());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (command)
        parser.addOptions(command->options());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("The command to run, and its arguments."));

    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Done;
    }
    if (parser.isSet(version)) {
        std::printf("sceau-cli %s\n", SCEAU_VERSION);
        return ExitCode::Done;
    }
    if (!command) {
        if (commandLine.isEmpty())
            return usageError(Tr::tr("no command given"));
        return usageError(Tr::tr("unknown command “%1”").arg(commandLine.join(u' ')));
    }
    const auto options = GlobalOptions::fromParser(parser);
    if (!options)
        return usageError(options.error().detail);
    Session::Options sessionOptions;
    sessionOptions.resolver = options->resolver;
    sessionOptions.transport = options->transport;
    const auto session = Session::create(sessionOptions);
    if (!session)
        return usageError(describe(session.error()));

    // The positional arguments after the command words (options may stand anywhere).
    const QStringList positional = parser.positionalArguments().mid(wordCount);
    CliContext context(**session, options->json);
    QObject::connect(
        &context,
        &CliContext::finished,
        &app,
        [](int code) {
            QCoreApplication::exit(code); // takes effect when control returns to the loop
        },
        Qt::QueuedConnection);
    const auto chosen = command; // clang 14 captures no structured binding
    QTimer::singleShot(0, &app, [&] { chosen->run(context, parser, positional); });
    return app.exec();
}
