#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// publish rollback ID: undoes a journal entry, guarded like any change (what it wrote must
// still be there). Exit codes as publish replace.
class PublishRollbackCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("publish"), QStringLiteral("rollback")};
    }
    QString synopsis() const override { return QStringLiteral("ID"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
