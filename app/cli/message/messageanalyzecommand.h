#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// message analyze [FILE]: a received message (or its header block) step by step — DKIM, SPF of
// the sending IP, DMARC, RFC 8058 one-click unsubscribe, selectors (Mail::MessageAnalyzer).
class MessageAnalyzeCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("message"), QStringLiteral("analyze")};
    }
    QString synopsis() const override { return QStringLiteral("[FILE]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
