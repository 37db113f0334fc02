#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// credentials add smtp NAME --host H --username U [--port P] [--implicit-tls]: an SMTP
// account; its password is read from standard input (never the command line, never echoed)
// and stored only in the keychain.
class CredentialsAddCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("credentials"), QStringLiteral("add")};
    }
    QString synopsis() const override { return QStringLiteral("smtp NAME"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
