#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// credentials list [--due DAYS]: the workspace's credentials, never their secrets; with --due,
// only those whose secret was set DAYS days ago or more (Secrets::rotationDue).
class CredentialsListCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("credentials"), QStringLiteral("list")};
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
