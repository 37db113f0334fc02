#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// tls probe HOST[:PORT]: STARTTLS on every address of a mail server — versions accepted, the
// negotiated cipher and group, the certificate, and what a message would meet under the
// chosen delivery mode (DESIGN.md §2b).
class TlsProbeCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("tls"), QStringLiteral("probe")}; }
    QString synopsis() const override { return QStringLiteral("HOST[:PORT]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
