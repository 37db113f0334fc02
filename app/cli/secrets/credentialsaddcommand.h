#pragma once

#include "app/cli/clicommand.h"
#include "model/secrets/credential.h"

namespace Sceau {
namespace Cli {

// credentials add smtp NAME --host H --username U [--port P] [--implicit-tls]: an SMTP
// account; credentials add tsig|cloudflare|ovh NAME --zone Z …: what publishes to a zone
// (publishingcredential.h). The secret is read from standard input (never the command line,
// never echoed) and stored only in the keychain.
class CredentialsAddCommand final : public CliCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("credentials"), QStringLiteral("add")};
    }
    QString synopsis() const override { return QStringLiteral("smtp|tsig|cloudflare|ovh NAME"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;

private:
    static void addPublishing(CliContext &context,
                              const QCommandLineParser &parser,
                              Secrets::CredentialKind kind,
                              const QString &name);
    static void
    store(CliContext &context, const Secrets::Credential &credential, QByteArray secret);
};

} // namespace Cli
} // namespace Sceau
