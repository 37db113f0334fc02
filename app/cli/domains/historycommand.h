#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// history: the saved checks of a domain, newest first.
class HistoryCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("history")}; }
    QString synopsis() const override { return QStringLiteral("DOMAIN"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
