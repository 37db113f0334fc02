#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// domains remove: takes a domain off the list, with its saved checks.
class DomainsRemoveCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("domains"), QStringLiteral("remove")};
    }
    QString synopsis() const override { return QStringLiteral("DOMAIN"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
