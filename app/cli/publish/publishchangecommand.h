#pragma once

#include "app/cli/clicommand.h"
#include "model/publish/journal.h"

namespace Sceau {
namespace Cli {

// publish add|replace|delete --zone Z --name N [--type T] --value V… [--ttl S]
// [--credential C] [--expect V…]: one guarded change through the credential that publishes to
// Z, journaled before it is sent (Publish::PublishService). Without --expect, a replace or
// delete expects the RRset as read just before. Exit 0 done; 1 refused (the RRset changed, or
// the server or API refused); 2 bad input; 3 not reached, or the RRset could not be read.
class PublishChangeCommand final : public CliCommand
{
public:
    explicit PublishChangeCommand(Publish::ChangeAction action)
        : m_action(action)
    {
    }
    QStringList words() const override;
    QString synopsis() const override { return {}; }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;

private:
    Publish::ChangeAction m_action;
};

} // namespace Cli
} // namespace Sceau
