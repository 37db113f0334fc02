#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// diff: what changed between two saved checks of a domain, in words.
class DiffCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("diff")}; }
    QString synopsis() const override { return QStringLiteral("DOMAIN [--from ID] [--to ID]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
