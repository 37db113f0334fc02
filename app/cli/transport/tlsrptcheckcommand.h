#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// tls-rpt check DOMAIN: the _smtp._tls record (RFC 8460 §3).
class TlsRptCheckCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("tls-rpt"), QStringLiteral("check")};
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
