#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace Sceau {
namespace Cli {

class CliContext;

// One sceau-cli command ("check", "dns query"…). A command parses its own positional
// arguments and options, does its work asynchronously, and calls context.finish(code) —
// at once or later from the event loop.
class CliCommand
{
public:
    virtual ~CliCommand();

    virtual QStringList words() const = 0;   // {"dns", "query"}
    virtual QString synopsis() const = 0;    // "NAME TYPE" (protocol syntax, not translated)
    virtual QString description() const = 0; // translated, one line
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Whether the command lays out text with fonts (a PDF): main() then makes an offscreen
    // QGuiApplication instead of a QCoreApplication; still no display is needed.
    virtual bool needsFonts() const { return false; }

    // positional: the arguments after the command words.
    virtual void
    run(CliContext &context, const QCommandLineParser &parser, const QStringList &positional)
        = 0;
};

} // namespace Cli
} // namespace Sceau
