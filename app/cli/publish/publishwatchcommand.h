#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// publish watch --name N [--type T] --value V… [--wait S] [--interval MS]: asks every
// authoritative server of the zone, directly, until all serve the RRset or the timeout
// (Publish::PropagationWatch). Exit 0 all serve it; 1 not all at the timeout; 3 the servers
// could not be found.
class PublishWatchCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("publish"), QStringLiteral("watch")};
    }
    QString synopsis() const override
    {
        return QStringLiteral("--name N [--type T] --value V… [--wait S]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
