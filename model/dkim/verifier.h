#pragma once

#include "model/dkim/bodyhashes.h"
#include "model/dkim/signature.h"
#include "model/dns/lookupresult.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Dkim {

// RFC 8601 §2.7.1 result of one signature.
enum class VerifyStatus { Pass, Fail, Neutral, TempError, PermError };

QString
verifyStatusToken(VerifyStatus status); // "pass", "fail", "neutral", "temperror", "permerror"

struct SignatureResult
{
    QString domain;    // d=
    QString selector;  // s=
    QString algorithm; // a= as written
    VerifyStatus status = VerifyStatus::PermError;
    // Stable token: "" on pass; "body-hash-mismatch", "bad-signature", "key-revoked",
    // "key-too-short", "weak-algorithm", "signature-expired", "timestamp-in-future",
    // "no-key", "dns-failure", "key-syntax", "key-type-mismatch", "hash-not-allowed",
    // "service-not-allowed", "strict-identity", "signature-syntax", "unsupported-algorithm",
    // "body-length-exceeds".
    QString reason;
    QString detail; // technical detail (DNS status, parse error)
    int keyBits = 0;
    bool testing = false; // the key record has t=y (RFC 6376 §3.6.1)
    bool weak = false;    // rsa-sha1 (RFC 8301 §3.1), or a key under 2048 bits
};

// Checks one parsed signature against the key lookup for <s>._domainkey.<d> (RFC 6376 §6.1).
// A failed lookup is a temperror, never "no key" (DESIGN.md §2). bodyHashes holds the hashes
// of message.body already computed for other signatures (and gains this one's).
SignatureResult verifySignature(const Message &message,
                                const Signature &signature,
                                const Dns::LookupResult &keyLookup,
                                const QDateTime &now,
                                BodyHashes &bodyHashes);
// The same for a single signature (its own body hash).
SignatureResult verifySignature(const Message &message,
                                const Signature &signature,
                                const Dns::LookupResult &keyLookup,
                                const QDateTime &now);

// RFC 6376 §6.1: a verifier may limit the number of signatures it tries. Sceau evaluates the
// first MaxSignatures fields from the top (the newest) and reports how many it skipped, so a
// message with thousands of signatures costs at most this many key lookups and checks.
inline constexpr qsizetype MaxSignatures = 50;

struct VerifyReport
{
    QList<SignatureResult> signatures; // one per evaluated DKIM-Signature field, top first
    qsizetype skipped = 0;             // fields below the first MaxSignatures, not evaluated
};

// Verifies the DKIM-Signatures of a message, looking keys up through the async resolver.
class Verifier final : public QObject
{
    Q_OBJECT
public:
    explicit Verifier(Dns::Resolver *resolver, QObject *parent = nullptr);

    // The report of the first MaxSignatures fields; no signature for an unsigned message. The
    // future finishes on this object's thread once every key lookup has answered.
    QFuture<VerifyReport> verify(const QByteArray &message);

    void setNow(const QDateTime &now) { m_now = now; } // tests: a fixed clock for t=/x=

    // Headers only (a pasted header block, no body): false makes verify() take each bh= as
    // written and check only b= (RFC 6376 §6.1.3 step 2 skipped), so a "pass" then says only
    // that the signed header fields are as signed, never that the message is. Default true.
    void setBodyAvailable(bool available) { m_bodyAvailable = available; }

private:
    QPointer<Dns::Resolver> m_resolver;
    QDateTime m_now;
    bool m_bodyAvailable = true;
};

} // namespace Dkim
} // namespace Sceau
