#include "app/cli/secrets/credentialjson.h"

namespace Sceau::Cli {

QJsonObject credentialJson(const Secrets::Credential &credential, const QDateTime &now)
{
    QJsonObject json{
        {QStringLiteral("name"), credential.name},
        {QStringLiteral("kind"), Secrets::CredentialKinds.token(credential.kind)},
        {QStringLiteral("host"), credential.host},
        {QStringLiteral("port"), credential.port},
        {QStringLiteral("username"), credential.username},
        {QStringLiteral("created"), credential.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("rotated"), credential.rotated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("age_days"), Secrets::ageInDays(credential, now)},
    };
    if (credential.kind == Secrets::CredentialKind::Smtp)
        json.insert(QStringLiteral("security"),
                    Transport::SubmissionSecurities.token(credential.security));
    else
        json.insert(QStringLiteral("zone"), credential.zone);
    if (credential.kind == Secrets::CredentialKind::Tsig)
        json.insert(QStringLiteral("algorithm"),
                    Dns::TsigAlgorithms.token(credential.tsigAlgorithm));
    return json;
}

} // namespace Sceau::Cli
