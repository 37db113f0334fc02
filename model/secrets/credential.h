#pragma once

#include "model/core/tokentable.h"
#include "model/dns/tsigkey.h"
#include "model/transport/submissionresult.h"

#include <QDateTime>
#include <QString>

namespace Sceau {
namespace Secrets {

// What a credential is for, and what its keychain secret is:
//  - smtp: a submission account; the secret is its password.
//  - tsig: a TSIG key (RFC 8945) that may update zone on its primary; the secret is the key's
//    base64 text, as `tsig-keygen` and `keymgr` print it.
//  - cloudflare: a Cloudflare API token that may edit zone's DNS; the secret is the token.
//  - ovh: an OVHcloud API application; the secret is "<application secret>\n<consumer key>".
enum class CredentialKind { Smtp, Tsig, Cloudflare, Ovh };
inline constexpr TokenTable<CredentialKind, 4> CredentialKinds{{{
    {CredentialKind::Smtp, "smtp"},
    {CredentialKind::Tsig, "tsig"},
    {CredentialKind::Cloudflare, "cloudflare"},
    {CredentialKind::Ovh, "ovh"},
}}};

// A credential's metadata, as the workspace keeps it (table credentials). The secret itself is
// only in the keychain, under secretKey.
struct Credential
{
    qint64 id = 0;
    CredentialKind kind = CredentialKind::Smtp;
    QString name; // unique among all credentials; what the user calls it
    // smtp: the submission server; tsig: the zone's primary (empty: its SOA MNAME);
    // cloudflare, ovh: the API's base URL (empty: the provider's public endpoint).
    QString host;
    quint16 port = 0; // smtp, tsig: the server's port
    // smtp: the account's user name; tsig: the key's name; ovh: the application key.
    QString username;
    // smtp: how the account's server is reached (RFC 8314).
    Transport::SubmissionSecurity security = Transport::SubmissionSecurity::StartTls;
    Dns::TsigAlgorithm tsigAlgorithm = Dns::TsigAlgorithm::HmacSha256; // tsig
    QString zone;      // tsig, cloudflare, ovh: the zone it may change (apex, no trailing dot)
    QDateTime created; // UTC
    QDateTime rotated; // UTC: when its secret was last set (created, or last rotated)
    QString secretKey; // the keychain entry: "credential/<uuid>"

    bool publishes() const { return kind != CredentialKind::Smtp; }

    friend bool operator==(const Credential &, const Credential &) = default;
};

// Rotation reminders: a credential whose secret was last set more than periodDays before now
// is due to be changed (issue #11; change passwords and API keys regularly).
bool rotationDue(const Credential &credential, int periodDays, const QDateTime &now);
// Whole days since the secret was last set (0 on its first day).
qint64 ageInDays(const Credential &credential, const QDateTime &now);

} // namespace Secrets
} // namespace Sceau
