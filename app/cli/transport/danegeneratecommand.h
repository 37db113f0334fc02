#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dane generate HOST[:PORT]: the 3 1 1 and 2 1 1 TLSA records of the certificate the server
// presents after STARTTLS, as zone lines.
class DaneGenerateCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dane"), QStringLiteral("generate")};
    }
    QString synopsis() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
