#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dmarc align --from D --mail-from D --dkim-d D… --spf R --dkim R… [--policy-domain D]: the
// alignment simulator (RFC 9989 §4.4) and the DMARC verdict with the policy applied.
class DmarcAlignCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dmarc"), QStringLiteral("align")};
    }
    QString synopsis() const override
    {
        return QStringLiteral("--from D --mail-from D [--dkim-d D --dkim R]… --spf R "
                              "[--policy-domain D]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
