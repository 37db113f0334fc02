#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// domains import: adds the domains of a file (one a line), reporting each refused line.
class DomainsImportCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("domains"), QStringLiteral("import")};
    }
    QString synopsis() const override { return QStringLiteral("FILE [--client C] [--tag T]…"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
