#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// tls-rpt report FILE…: SMTP TLS reports (RFC 8460) read from .json, .json.gz or .eml files,
// summarised per policy and per failure type. A file that cannot be read is named on stderr
// with the reason; the others are still read.
class TlsRptReportCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("tls-rpt"), QStringLiteral("report")};
    }
    QString synopsis() const override { return QStringLiteral("FILE…"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override { return {}; }
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
