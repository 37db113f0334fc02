#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// domains add: puts domains on the workspace's list, with a client name and tags.
class DomainsAddCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("domains"), QStringLiteral("add")};
    }
    QString synopsis() const override { return QStringLiteral("DOMAIN… [--client C] [--tag T]…"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
