#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// dkim keygen --domain D [--selector S] [--algorithm rsa-2048…|ed25519] [--testing]
//             [--export FILE] [--no-store]: a key pair, kept in the workspace (passphrase in
// the keychain) and/or exported as PEM; prints the record and the zone line.
class DkimKeygenCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("dkim"), QStringLiteral("keygen")};
    }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--domain D [--selector S] [--algorithm rsa-1024|rsa-2048|rsa-3072|rsa-4096|ed25519] "
            "[--testing] [--export FILE] [--no-store]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
