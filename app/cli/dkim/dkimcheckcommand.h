#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim check DOMAIN --selector S [--key FILE]: the published key record's analysis, and
// whether it matches a private key (a file, or the workspace key of the selector).
class DkimCheckCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("dkim"), QStringLiteral("check")}; }
    QString synopsis() const override { return QStringLiteral("DOMAIN --selector S [--key FILE]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
