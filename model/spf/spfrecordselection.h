#pragma once

#include <QString>

#include <QStringList>

namespace Sceau {
namespace Spf {

// §4.3: a domain check_host() can evaluate: a multi-label name, labels 1–63 octets, no
// domain literal. Anything else gives "none" without a lookup.
bool isCheckableDomain(const QString &domain);

// A name built by macro expansion (any octets in its labels) in the presentation form the
// Dns::Resolver interface takes: "\\DDD" for spaces and non-printable octets (RFC 1035 §5.1).
QString presentationName(const QString &name);

// Lowercase, without the trailing dot.
QString normalizedDomain(QString name);

} // namespace Spf
} // namespace Sceau
