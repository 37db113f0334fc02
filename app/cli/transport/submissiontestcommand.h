#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// submission test HOST[:PORT] --account NAME [--implicit-tls] [--send-to ADDR]: an
// authenticated submission test (RFC 8314) with the account's password from the keychain.
class SubmissionTestCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("submission"), QStringLiteral("test")};
    }
    QString synopsis() const override { return QStringLiteral("HOST[:PORT]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
