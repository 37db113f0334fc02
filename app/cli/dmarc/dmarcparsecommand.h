#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dmarc parse RECORD: the record's tags as written, the policy after defaults, the findings
// (RFC 9989 §4.7, §4.8).
class DmarcParseCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dmarc"), QStringLiteral("parse")};
    }
    QString synopsis() const override { return QStringLiteral("RECORD"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
