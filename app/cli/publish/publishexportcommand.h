#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// publish export --zone Z --name N [--type T] --value V… [--ttl S]: the RRset as zone-file
// lines (BIND syntax), for DNS without an API; changes nothing.
class PublishExportCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("publish"), QStringLiteral("export")};
    }
    QString synopsis() const override
    {
        return QStringLiteral("--zone Z --name N [--type T] --value V… [--ttl S]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
