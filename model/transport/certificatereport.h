#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Transport {

// Where trust starts: the system's store (the WebPKI roots Debian ships), extra CA files (PEM),
// or both.
struct TrustAnchors
{
    bool system = true;
    QStringList caFiles;

    bool operator==(const TrustAnchors &other) const = default;
};

// What a server's certificate says and whether it holds, each verdict on its own: a chain can
// be trusted for another name, or match the name and be self-signed.
struct CertificateReport
{
    QString subject; // RFC 2253 distinguished name of the leaf
    QString issuer;
    QStringList dnsNames; // subjectAltName dNSName entries (RFC 5280 §4.2.1.6)
    QDateTime notBefore;  // UTC
    QDateTime notAfter;   // UTC
    qint64 daysLeft = 0;  // whole days from now to notAfter; negative once expired
    QString keyType;      // "RSA", "EC", "ED25519"…
    int keyBits = 0;
    QString signatureAlgorithm; // "ecdsa-with-SHA256", "sha256WithRSAEncryption"…
    bool trusted = false;       // the chain leads to an anchor, valid now, for a TLS server
    QString trustError;         // OpenSSL's reason when not trusted ("self-signed certificate")
    bool nameMatches = false;   // RFC 6125 §6 against the name the client meant

    bool expired() const { return daysLeft < 0; }
};

// A chain is at most this long, each certificate at most this large (untrusted input).
inline constexpr int MaxChainLength = 10;
inline constexpr int MaxCertificateSize = 64 * 1024;

// Reads chain (DER, leaf first, as the server sent it) and judges it at now:
//  - trust: path validation (RFC 5280 §6) from the leaf through the certificates the server
//    sent to one of anchors, with the TLS server purpose;
//  - name: the leaf's subjectAltName dNSName entries against name by RFC 6125 §6.4 as RFC 7817
//    §3 sets it for SMTP (a wildcard only as the whole left-most label, matching one label;
//    the subject CN only when there is no dNSName), or an IP literal against iPAddress entries.
// InvalidInput when the chain is empty, too long, or the leaf cannot be parsed; a later
// certificate that cannot be parsed only fails trust.
Result<CertificateReport> inspectCertificate(const QList<QByteArray> &chain,
                                             const QString &name,
                                             const TrustAnchors &anchors,
                                             const QDateTime &now);

} // namespace Transport
} // namespace Sceau
