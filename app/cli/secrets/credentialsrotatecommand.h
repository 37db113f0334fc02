#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// credentials rotate NAME: a new secret for the credential, read from standard input like
// credentials add, replaces the old one in the keychain; its age starts again.
class CredentialsRotateCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("credentials"), QStringLiteral("rotate")};
    }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
