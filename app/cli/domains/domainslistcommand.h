#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// domains list: the list, each domain with its client, tags and last saved check.
class DomainsListCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("domains"), QStringLiteral("list")};
    }
    QString synopsis() const override { return QStringLiteral(""); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
