#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// bimi svg FILE: the SVG Tiny PS check of a logo file ("-" for standard input), each finding
// with its line.
class BimiSvgCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("bimi"), QStringLiteral("svg")}; }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
