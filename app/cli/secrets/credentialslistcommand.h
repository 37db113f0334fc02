#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// credentials list: the workspace's credentials (SMTP accounts), never their secrets.
class CredentialsListCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("credentials"), QStringLiteral("list")};
    }
    QString synopsis() const override { return QStringLiteral(""); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
