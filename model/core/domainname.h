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

// True when name equals zone or lies below it (both normalized).
bool isSubdomainOf(const QString &name, const QString &zone);

} // namespace DomainName
} // namespace Sceau
