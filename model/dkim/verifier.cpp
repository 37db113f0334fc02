#include "model/dkim/verifier.h"

#include "model/core/async.h"
#include "model/core/chain.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/publickey.h"
#include "model/dkim/taglist.h"
#include "model/dkim/tr.h"
#include "model/dns/resolver.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

QString verifyStatusToken(VerifyStatus status)
{
    switch (status) {
    case VerifyStatus::Pass:
        return u"pass"_s;
    case VerifyStatus::Fail:
        return u"fail"_s;
    case VerifyStatus::Neutral:
        return u"neutral"_s;
    case VerifyStatus::TempError:
        return u"temperror"_s;
    case VerifyStatus::PermError:
        return u"permerror"_s;
    }
    return {};
}

static SignatureResult outcome(SignatureResult result,
                               VerifyStatus status,
                               const QString &reason,
                               const QString &detail = {})
{
    result.status = status;
    result.reason = reason;
    result.detail = detail;
    return result;
}

SignatureResult verifySignature(const Message &message,
                                const Signature &signature,
                                const Dns::LookupResult &keyLookup,
                                const QDateTime &now)
{
    BodyHashes bodyHashes(message.body);
    return verifySignature(message, signature, keyLookup, now, bodyHashes);
}

SignatureResult verifySignature(const Message &message,
                                const Signature &sig,
                                const Dns::LookupResult &keyLookup,
                                const QDateTime &now,
                                BodyHashes &bodyHashes)
{
    SignatureResult r;
    r.domain = sig.domain;
    r.selector = sig.selector;
    r.algorithm = QString::fromLatin1(sig.algorithmToken);
    if (!sig.algorithm) // RFC 8601 §2.7.1: a signature that cannot be processed is neutral
        return outcome(r, VerifyStatus::Neutral, u"unsupported-algorithm"_s);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (sig.expiration && *sig.expiration < nowSecs) // §3.5 x=: expired signatures are invalid
        return outcome(r, VerifyStatus::Fail, u"signature-expired"_s);
    if (sig.timestamp && *sig.timestamp > nowSecs + 300) // §3.5 t=: in the future (5 min slack)
        return outcome(r, VerifyStatus::Fail, u"timestamp-in-future"_s);

    // §6.1.2: a failed lookup is a temporary error, an absent key a permanent one.
    if (keyLookup.failed())
        return outcome(
            r, VerifyStatus::TempError, u"dns-failure"_s, Dns::statusToken(keyLookup.status));
    if (keyLookup.status != Dns::LookupStatus::Answer)
        return outcome(r, VerifyStatus::PermError, u"no-key"_s, Dns::statusToken(keyLookup.status));
    std::optional<KeyRecord> record;
    QString syntaxDetail;
    for (const Dns::ResourceRecord &rr : keyLookup.records) {
        auto parsed = KeyRecord::parse(rr.txtJoined()); // §3.6.2.2: strings joined
        if (parsed) {
            record = *parsed;
            break;
        }
        syntaxDetail = parsed.error().detail;
    }
    if (!record)
        return outcome(r, VerifyStatus::PermError, u"key-syntax"_s, syntaxDetail);
    r.testing = record->isTesting();

    const bool ed25519 = *sig.algorithm == SigningAlgorithm::Ed25519Sha256;
    const bool sha1 = *sig.algorithm == SigningAlgorithm::RsaSha1;
    if (*record->algorithm() != (ed25519 ? KeyAlgorithm::Ed25519 : KeyAlgorithm::Rsa))
        return outcome(r, VerifyStatus::PermError, u"key-type-mismatch"_s); // §6.1.2 step 6
    if (!record->allowsHash(sha1 ? u"sha1" : u"sha256"))                    // §3.6.1 h=
        return outcome(r, VerifyStatus::PermError, u"hash-not-allowed"_s);
    if (!record->allowsEmail()) // §3.6.1 s=
        return outcome(r, VerifyStatus::PermError, u"service-not-allowed"_s);
    if (record->isStrict() && sig.identity.section(u'@', -1).toLower() != sig.domain) // t=s
        return outcome(r, VerifyStatus::PermError, u"strict-identity"_s);
    if (record->isRevoked()) // §3.6.1: an empty p= means the key was revoked
        return outcome(r, VerifyStatus::Fail, u"key-revoked"_s);
    auto key = PublicKey::fromRecordData(*record->algorithm(), record->publicKey);
    if (!key)
        return outcome(r, VerifyStatus::PermError, u"key-syntax"_s, key.error().detail);
    r.keyBits = key->bits();
    if (key->algorithm() == KeyAlgorithm::Rsa && key->bits() < 1024) // RFC 8301 §3.2
        return outcome(r, VerifyStatus::Fail, u"key-too-short"_s);

    // §6.1.3: body hash first, then the signature over the headers.
    const auto hash = sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    const auto bodyHash = bodyHashes.hash(sig.bodyCanonicalization, hash, sig.bodyLength);
    if (!bodyHash)
        return outcome(r, VerifyStatus::PermError, u"body-length-exceeds"_s);
    if (*bodyHash != sig.bodyHash)
        return outcome(r, VerifyStatus::Fail, u"body-hash-mismatch"_s);
    QByteArray data = signedHeaderData(message, sig.signedHeaders, sig.headerCanonicalization);
    QByteArray own = canonicalHeader(sig.rawWithoutSignatureValue(), sig.headerCanonicalization);
    own.chop(2); // §3.7: the signature field is hashed without its final CRLF
    data += own;
    if (!key->verify(data, sig.signature, sha1 ? HashAlgorithm::Sha1 : HashAlgorithm::Sha256))
        return outcome(r, VerifyStatus::Fail, u"bad-signature"_s);

    if (sha1) { // RFC 8301 §3.1: a correct rsa-sha1 signature is not a pass
        r.weak = true;
        return outcome(
            r,
            VerifyStatus::Fail,
            u"weak-algorithm"_s,
            Tr::tr("the rsa-sha1 signature is correct, but SHA-1 is no longer accepted"));
    }
    r.weak = key->algorithm() == KeyAlgorithm::Rsa && key->bits() < 2048;
    return outcome(r, VerifyStatus::Pass, {});
}

Verifier::Verifier(Dns::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

namespace {
// d= and s= of a field that does not parse, for the report.
SignatureResult unparsed(const HeaderField &field, const Error &error)
{
    SignatureResult r;
    for (const QByteArray &spec : field.value().split(';')) {
        const QByteArray name = spec.left(spec.indexOf('=')).trimmed();
        const QByteArray value = stripWhitespace(spec.mid(spec.indexOf('=') + 1));
        if (name == "d")
            r.domain = QString::fromUtf8(value).toLower();
        else if (name == "s")
            r.selector = QString::fromUtf8(value).toLower();
        else if (name == "a")
            r.algorithm = QString::fromLatin1(value);
    }
    r.status = VerifyStatus::PermError;
    r.reason = u"signature-syntax"_s;
    r.detail = error.detail;
    return r;
}

// Headers only: the signature with bh= replaced by the hash of the body at hand (and no l=), so
// verifySignature() passes §6.1.3 step 2 and checks b= alone. b= is computed over the field as
// written (signature.field), which keeps the original bh=.
Signature withBodyHashAsWritten(Signature signature, BodyHashes &bodyHashes)
{
    if (!signature.algorithm)
        return signature;
    const bool sha1 = *signature.algorithm == SigningAlgorithm::RsaSha1;
    signature.bodyLength.reset();
    signature.bodyHash = bodyHashes
                             .hash(signature.bodyCanonicalization,
                                   sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256,
                                   std::nullopt)
                             .value_or(QByteArray());
    return signature;
}
} // namespace

QFuture<VerifyReport> Verifier::verify(const QByteArray &raw)
{
    auto message = std::make_shared<const Message>(Message::parse(raw));
    const QList<HeaderField> fields = message->headersNamed("dkim-signature");
    VerifyReport report;
    report.skipped = std::max<qsizetype>(0, fields.size() - MaxSignatures);
    report.signatures.resize(fields.size() - report.skipped);
    // The signatures that need a key, with the slot of their result; their lookups in order.
    QList<std::pair<qsizetype, Signature>> pending;
    QList<QFuture<Dns::LookupResult>> lookups;
    for (qsizetype i = 0; i < report.signatures.size(); ++i) {
        auto sig = Signature::parse(fields.at(i));
        if (!sig) {
            report.signatures[i] = unparsed(fields.at(i), sig.error());
            continue;
        }
        const auto selector = validateSelector(sig->selector, sig->domain); // §3.1
        if (!selector) {
            report.signatures[i] = unparsed(fields.at(i), selector.error());
            continue;
        }
        if (!m_resolver) {
            report.signatures[i]
                = unparsed(fields.at(i), Error{ErrorCode::Internal, u"no resolver"_s});
            continue;
        }
        lookups << m_resolver->lookup(recordName(*selector, sig->domain), Dns::RrType::TXT);
        pending.append({i, *sig});
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const bool bodyAvailable = m_bodyAvailable;
    return chain(
        allResults(lookups),
        this,
        [message, report, pending, now, bodyAvailable](const QList<Dns::LookupResult> &keys) {
            VerifyReport verified = report;
            BodyHashes bodyHashes(message->body); // each body hash computed once
            for (qsizetype k = 0; k < pending.size(); ++k) {
                const auto &[slot, signature] = pending.at(k);
                verified.signatures[slot] = verifySignature(
                    *message,
                    bodyAvailable ? signature : withBodyHashAsWritten(signature, bodyHashes),
                    keys.at(k),
                    now,
                    bodyHashes);
            }
            return verified;
        });
}

} // namespace Sceau::Dkim
