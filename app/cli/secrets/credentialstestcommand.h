#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// credentials test NAME: whether the credential is accepted, changing nothing: an SMTP account
// logs in (AUTH, then QUIT); a TSIG key sends an empty UPDATE (RFC 2136 §3.4); an API access
// reads its zone. Exit 0 accepted, 1 refused, 3 could not test.
class CredentialsTestCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("credentials"), QStringLiteral("test")};
    }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
