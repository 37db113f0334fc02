#include "app/cli/secrets/credentialjson.h"

namespace Sceau::Cli {

QJsonObject credentialJson(const Secrets::Credential &credential)
{
    return {
        {QStringLiteral("name"), credential.name},
        {QStringLiteral("kind"), Secrets::CredentialKinds.token(credential.kind)},
        {QStringLiteral("host"), credential.host},
        {QStringLiteral("port"), credential.port},
        {QStringLiteral("username"), credential.username},
        {QStringLiteral("security"), Transport::SubmissionSecurities.token(credential.security)},
        {QStringLiteral("created"), credential.created.toUTC().toString(Qt::ISODate)},
    };
}

} // namespace Sceau::Cli
