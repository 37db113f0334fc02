#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dns query NAME TYPE: a drill-like diagnostic of the DNS layer (answer section, rcode, TCP or
// UDP, time taken).
class DnsQueryCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("dns"), QStringLiteral("query")}; }
    QString synopsis() const override { return QStringLiteral("NAME TYPE"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
