#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim state --domain D --selector S STEP: moves a workspace key along its rotation
// lifecycle. STEP: publish (checked on DNS), activate, retire, revoke (empty p= checked on
// DNS), destroy (erases the private key and its passphrase).
class DkimStateCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("dkim"), QStringLiteral("state")}; }
    QString synopsis() const override
    {
        return QStringLiteral("--domain D --selector S publish|activate|retire|revoke|destroy");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
