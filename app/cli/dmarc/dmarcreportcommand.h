#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dmarc report FILE…: DMARC aggregate reports (RFC 9990 / RFC 7489: .xml, .xml.gz, .zip, a mail,
// an mbox, a Maildir folder) and failure reports (RFC 9991 / ARF in a mail), one output per
// report; a file that cannot be read is named with its reason and the others are still read.
// --store keeps the aggregate reports in the workspace.
class DmarcReportCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dmarc"), QStringLiteral("report")};
    }
    QString synopsis() const override { return QStringLiteral("[--store] FILE…"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
