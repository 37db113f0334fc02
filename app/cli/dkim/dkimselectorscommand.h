#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim selectors DOMAIN [--selector S]… | dkim selectors --from-file EML|MBOX: probe common
// selectors (and any given), or collect the d=/s= pairs of the signatures in messages.
class DkimSelectorsCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dkim"), QStringLiteral("selectors")};
    }
    QString synopsis() const override
    {
        return QStringLiteral("DOMAIN [--selector S]… | --from-file FILE");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
