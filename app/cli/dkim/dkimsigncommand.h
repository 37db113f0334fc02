#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim sign (--key PEM | --selector S) --domain D [FILE]: the message with a DKIM-Signature
// prepended, on stdout. FILE or stdin; LF or CRLF accepted.
class DkimSignCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("dkim"), QStringLiteral("sign")}; }
    QString synopsis() const override
    {
        return QStringLiteral(
            "(--key PEM | --selector S) --domain D [--canonicalization H/B] [FILE]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
