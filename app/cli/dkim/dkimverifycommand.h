#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim verify [FILE]: every DKIM-Signature of a message (RFC 6376 §6), keys from DNS.
class DkimVerifyCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dkim"), QStringLiteral("verify")};
    }
    QString synopsis() const override { return QStringLiteral("[FILE]"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
