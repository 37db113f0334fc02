#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim export --domain D --selector S --out FILE: the workspace key as PEM (mode 0600, never
// overwriting), with the MTA configuration snippets.
class DkimExportCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dkim"), QStringLiteral("export")};
    }
    QString synopsis() const override
    {
        return QStringLiteral("--domain D --selector S --out FILE");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
