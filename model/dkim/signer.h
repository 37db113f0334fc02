#pragma once

#include "model/core/result.h"
#include "model/dkim/canonicalization.h"
#include "model/dkim/privatekey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dkim {

struct SignOptions
{
    QString domain;   // d=
    QString selector; // s=
    Canonicalization headerCanonicalization = Canonicalization::Relaxed;
    Canonicalization bodyCanonicalization = Canonicalization::Relaxed;
    QList<QByteArray> headers; // h= candidates; empty: defaultSignedHeaders()
    bool overSign = true;      // list each signed name once more than it occurs (§8.15)
    bool bodyLength = false;   // add l= (§8.2 warns against it; off by default)
    QDateTime timestamp;       // t=; invalid: now
    std::optional<qint64> expiresAfterSeconds; // x= = t= + this
    QString identity;                          // i=; empty: omitted
};

// RFC 6376 §5.4.1's recommended fields to sign.
QList<QByteArray> defaultSignedHeaders();

// The DKIM-Signature header field (folded, no final CRLF) for message (RFC 6376 §5). The
// algorithm follows the key: rsa-sha256 or ed25519-sha256; rsa-sha1 is never produced
// (RFC 8301 §3.1). Fails when the message has no From field (§5.4) or the key is under 1024
// bits (RFC 8301 §3.2).
Result<QByteArray>
signatureField(const QByteArray &message, const PrivateKey &key, const SignOptions &options);

// message with the signature field prepended, line ends as CRLF.
Result<QByteArray>
signMessage(const QByteArray &message, const PrivateKey &key, const SignOptions &options);

} // namespace Dkim
} // namespace Sceau
