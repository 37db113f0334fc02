#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dmarc check DOMAIN: the RFC 9989 tree walk, the record found or inherited, the
// Organizational Domain, the report destinations, the findings.
class DmarcCheckCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dmarc"), QStringLiteral("check")};
    }
    QString synopsis() const override { return QStringLiteral("DOMAIN"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
