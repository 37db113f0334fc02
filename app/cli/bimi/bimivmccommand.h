#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// bimi vmc FILE [--domain D] [--logo SVG]: a mark certificate (VMC/CMC, PEM chain) judged
// against the Mark Verifying Authorities' roots that ship with Sceau.
class BimiVmcCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("bimi"), QStringLiteral("vmc")}; }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
