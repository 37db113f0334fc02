#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// credentials remove NAME: a credential, its keychain entry first, then its settings.
class CredentialsRemoveCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("credentials"), QStringLiteral("remove")};
    }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
