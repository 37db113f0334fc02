#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dane check DOMAIN: DNSSEC status of the domain and of each MX host, the TLSA records at
// _25._tcp.<mx>, and their match against the chain each address presents (RFC 7672).
class DaneCheckCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("dane"), QStringLiteral("check")}; }
    QString synopsis() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
