#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim keys [--domain D]: the workspace's DKIM keys, their rotation state and what is due.
class DkimKeysCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("dkim"), QStringLiteral("keys")}; }
    QString synopsis() const override { return QStringLiteral("[--domain D]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
