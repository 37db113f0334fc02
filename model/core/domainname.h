#pragma once

#include "model/core/result.h"

#include <QString>

namespace Sceau {

// Domain names as the model handles them: ASCII (IDNA A-labels), lowercase, no trailing dot.
namespace DomainName {

// Accepts what a person types ("Exämple.FR.", " example.com ", or a pasted URL
// "https://Example.test/path", whose host is taken) and returns the normalized name, or
// InvalidInput naming the problem. RFC 1035 §2.3.4: labels ≤ 63 octets, name ≤ 253.
// Underscores are allowed (RFC 8552 attribute leaves such as _dmarc, _domainkey).
Result<QString> fromUserInput(const QString &input);

// A normalized name as a person reads it: its IDNA U-labels ("xn--exmple-cua.fr" →
// "exämple.fr", RFC 5891 §5.2; every TLD, not only Qt's allow-list), or the name itself when it
// has no A-label or one that does not decode. For display only: the model keeps A-labels.
QString forDisplay(const QString &name);

// True when name equals zone or lies below it (both normalized).
bool isSubdomainOf(const QString &name, const QString &zone);

// name.toLower(), without Qt's Unicode tables when name is ASCII (the common case): returned
// as is, shared, when it has no uppercase letter.
QString lowercase(QString name);

} // namespace DomainName
} // namespace Sceau
