#pragma once

#include "model/bimi/logotype.h"
#include "model/bimi/svgcheck.h"
#include "model/core/finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Bimi {

// What to judge a mark certificate against.
struct MarkCertificateContext
{
    QString domain;                 // the domain it must cover (SAN); empty: not checked
    std::optional<QByteArray> logo; // the l= logo (SVG bytes); nullopt: not compared
    QList<QByteArray> roots;        // trusted roots, PEM (mvaRoots() unless a test says else)
    QDateTime now = QDateTime::currentDateTimeUtc();
    int expiryWarningDays = 30; // warn when it expires within this many days
};

// A Verified Mark Certificate or Common Mark Certificate (VMC/CMC) and the verdicts on it.
struct MarkCertificate
{
    QString subject; // RFC 2253
    QString issuer;
    QStringList dnsNames; // subjectAltName dNSName entries
    QDateTime notBefore;  // UTC
    QDateTime notAfter;
    qint64 daysLeft = 0;
    bool markEku = false; // extendedKeyUsage has id-kp-BrandIndicatorforMessageIdentification
    std::optional<Logotype> logotype;         // the decoded subject logotype
    std::optional<SvgValidation> logotypeSvg; // the SVG Tiny PS check of the embedded logo
    bool trusted = false;                     // chains to a root of the context
    QString trustError;                       // OpenSSL's reason otherwise (not translated)
    int chainLength = 0;                      // certificates in the file
    QList<Finding> findings;                  // ids bimi.vmc-*
};

// The mark certificate EKU (id-kp-BrandIndicatorforMessageIdentification).
inline constexpr char MarkEkuOid[] = "1.3.6.1.5.5.7.3.31";
// id-pe-logotype (RFC 9399 §4.1).
inline constexpr char LogotypeOid[] = "1.3.6.1.5.5.7.1.12";
// Untrusted input: a PEM file above this size, or with more certificates, is refused.
inline constexpr qsizetype MaxMarkCertificateFile = 1024 * 1024;
inline constexpr int MaxMarkChain = 10;

// Reads pem (the leaf first, then its issuers, as the a= URL serves it) and judges the leaf
// (OpenSSL): the EKU 1.3.6.1.5.5.7.3.31; the RFC 9399 logotype extension, its image an SVG
// (checked as SVG Tiny PS) equal byte for byte to context.logo; a SAN dNSName equal to
// context.domain; validity at context.now with a warning within expiryWarningDays; and a path
// (RFC 5280 §6) through the file's other certificates to one of context.roots. Every verdict is
// a finding; a file with no readable certificate gives one bimi.vmc-unreadable finding.
MarkCertificate inspectMarkCertificate(const QByteArray &pem,
                                       const MarkCertificateContext &context);

// The Mark Verifying Authorities' roots that ship with Sceau (model/bimi/data/), PEM.
QList<QByteArray> mvaRoots();

} // namespace Bimi
} // namespace Sceau
