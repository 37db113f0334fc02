#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// mta-sts check DOMAIN: the _mta-sts record, the policy fetched over HTTPS (port 443 through
// --port-map, trust from the system store and --ca), and whether it covers every MX (RFC 8461).
class MtaStsCheckCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("mta-sts"), QStringLiteral("check")};
    }
    QString synopsis() const override { return QStringLiteral("DOMAIN"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override { return {}; }
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
