#pragma once

#include "model/core/tokentable.h"
#include "model/transport/submissionresult.h"

#include <QDateTime>
#include <QString>

namespace Sceau {
namespace Secrets {

// What a credential is for. Only SMTP accounts for now; TSIG keys and provider API tokens
// will join them in the same table.
enum class CredentialKind { Smtp };
inline constexpr TokenTable<CredentialKind, 1> CredentialKinds{{{
    {CredentialKind::Smtp, "smtp"},
}}};

// A credential's metadata, as the workspace keeps it (table credentials). The secret itself
// (an SMTP password) is only in the keychain, under secretKey.
struct Credential
{
    qint64 id = 0;
    CredentialKind kind = CredentialKind::Smtp;
    QString name; // unique among all credentials; what the user calls it
    QString host;
    quint16 port = 0;
    QString username;
    // smtp: how the account's server is reached (RFC 8314).
    Transport::SubmissionSecurity security = Transport::SubmissionSecurity::StartTls;
    QDateTime created; // UTC
    QString secretKey; // the keychain entry: "credential/<uuid>"

    friend bool operator==(const Credential &, const Credential &) = default;
};

} // namespace Secrets
} // namespace Sceau
