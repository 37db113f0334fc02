#pragma once

#include "model/core/result.h"
#include "model/dkim/keyspec.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Dkim {

// A DKIM key record, the TXT value at <selector>._domainkey.<domain> (RFC 6376 §3.6.1).
struct KeyRecord
{
    QString keyType = QStringLiteral("rsa"); // k= (default "rsa"); kept as text: may be unknown
    QStringList hashAlgorithms;              // h= ; empty means any
    QStringList serviceTypes;                // s= ; empty means "*"
    QStringList flags;                       // t= : "y" testing, "s" strict identity
    QString notes;                           // n=
    QByteArray publicKey;                    // p= decoded; empty: the key was revoked (§3.6.1)
    bool hasVersion = false;                 // v=DKIM1 present

    static Result<KeyRecord> parse(QByteArrayView txt);
    QString toText() const; // "v=DKIM1; k=…; p=…" (v= first, p= last)

    std::optional<KeyAlgorithm> algorithm() const { return keyAlgorithmFromToken(keyType); }
    bool isRevoked() const { return publicKey.isEmpty(); }
    bool isTesting() const { return flags.contains(QStringLiteral("y")); }
    bool isStrict() const { return flags.contains(QStringLiteral("s")); }
    bool allowsHash(QStringView hash) const; // "sha256", "sha1"
    bool allowsEmail() const;                // s= empty, "*" or "email"

    friend bool operator==(const KeyRecord &, const KeyRecord &) = default;
};

// What the record to publish should say besides the key.
struct RecordOptions
{
    bool testing = false;    // t=y
    bool strict = false;     // t=s
    bool emailOnly = false;  // s=email
    bool sha256Only = false; // h=sha256
    QString notes;           // n=
};

KeyRecord recordForKey(KeyAlgorithm algorithm,
                       const QByteArray &publicKeyData,
                       const RecordOptions &options = {});

// The TXT value as character-strings of at most 255 bytes (RFC 1035 §3.3.14, RFC 6376 §3.6.2.2).
QList<QByteArray> splitTxt(const QByteArray &value, int maxLength = 255);

// "<selector>._domainkey.<domain>." (both normalized).
QString recordName(const QString &selector, const QString &domain);
// A master-file line: <selector>._domainkey.<domain>. TTL IN TXT "…" "…"
QString
zoneLine(const QString &selector, const QString &domain, const QString &recordText, int ttl = 3600);

// The one selector rule, called by every command, parser and wizard: RFC 6376 §3.1 (s= is a
// sub-domain: letters, digits, hyphens, periods between labels) and RFC 1035 §2.3.4 (labels of
// at most 63 octets, names of at most 253). With domain (normalized), the key record name
// <selector>._domainkey.<domain> must fit; without it, the selector must leave room for
// "._domainkey." and a one-letter domain. Takes what a person typed or what s= holds; returns
// the selector trimmed and lowercased, or InvalidInput saying what is wrong.
Result<QString> validateSelector(const QString &selector, const QString &domain = {});
// A date-coded selector ("s202611") that tells rotations apart; when taken (compared after
// validateSelector) holds it, the first of "s202611b", "s202611c"… it does not.
QString proposedSelector(const QDate &date, const QStringList &taken = {});

} // namespace Dkim
} // namespace Sceau
