#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <openssl/types.h>

namespace Sceau {
namespace Transport {
namespace X509Fields {

// The fields of an X.509 certificate (RFC 5280) as Sceau shows them, for the TLS certificate
// report and the BIMI mark certificate alike. Certificates come from strangers: text is escaped.

// A distinguished name on one line, RFC 2253 order and syntax ("CN=mx.example,O=Example"),
// UTF-8 kept.
QString nameLine(const X509_NAME *name);

// An ASN1 time (notBefore, notAfter) in UTC; invalid when it cannot be read.
QDateTime time(const ASN1_TIME *time);

// The dNSName entries of the subjectAltName extension (RFC 5280 §4.2.1.6), in order, each
// escaped by Dns::escapeText (a real DNS name is unchanged); empty without the extension.
QStringList dnsNames(X509 *certificate);

} // namespace X509Fields
} // namespace Transport
} // namespace Sceau
