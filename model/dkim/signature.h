#pragma once

#include "model/core/result.h"
#include "model/dkim/canonicalization.h"
#include "model/dkim/message.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dkim {

// The algorithms of the a= tag (RFC 6376 §3.3, RFC 8463 §3). rsa-sha1 is only ever verified,
// and then only as a weak result (RFC 8301 §3.1).
enum class SigningAlgorithm { RsaSha256, Ed25519Sha256, RsaSha1 };

QString signingAlgorithmToken(SigningAlgorithm a); // "rsa-sha256", "ed25519-sha256", "rsa-sha1"

// A parsed DKIM-Signature header field (RFC 6376 §3.5).
struct Signature
{
    QByteArray algorithmToken;                 // a= as written
    std::optional<SigningAlgorithm> algorithm; // empty: an algorithm Sceau does not know
    Canonicalization headerCanonicalization = Canonicalization::Simple;
    Canonicalization bodyCanonicalization = Canonicalization::Simple;
    QString domain;                   // d= (lowercased)
    QString selector;                 // s= (lowercased)
    QList<QByteArray> signedHeaders;  // h= (lowercased, in order)
    QByteArray bodyHash;              // bh= decoded
    QByteArray signature;             // b= decoded
    QString identity;                 // i= (default "@" + d)
    std::optional<qint64> bodyLength; // l=
    std::optional<qint64> timestamp;  // t=
    std::optional<qint64> expiration; // x=
    HeaderField field;                // the header field itself

    // Syntax and the §6.1.1 checks that need no key: version, required tags, From signed,
    // i= within d=, x= after t=.
    static Result<Signature> parse(const HeaderField &field);

    // The field with the b= value removed, as hashed (§3.7).
    QByteArray rawWithoutSignatureValue() const;
};

} // namespace Dkim
} // namespace Sceau
