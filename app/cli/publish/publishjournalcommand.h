#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// publish journal [--zone Z] [--limit N]: the workspace's journal of changes, newest first.
class PublishJournalCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("publish"), QStringLiteral("journal")};
    }
    QString synopsis() const override { return QStringLiteral("[--zone Z] [--limit N]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
