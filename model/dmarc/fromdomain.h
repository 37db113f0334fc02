#pragma once

#include "model/core/result.h"
#include "model/dkim/message.h"

#include <QList>
#include <QString>

namespace Sceau {
namespace Dmarc {

// The RFC5322.From domain a DMARC check is about (RFC 9989 §4.4; RFC 5322 §3.6.2). Takes the
// message's header fields; returns the domain of the one mailbox of the one From field, lower
// case, as DomainName::fromUserInput normalizes it. InvalidInput (the detail translated) when
// there is no From field, several From fields, several mailboxes, or no usable domain: DMARC
// cannot then name the Author Domain (RFC 9989 §4.4 leaves such messages to local policy).
Result<QString> fromDomain(const QList<Dkim::HeaderField> &headers);

} // namespace Dmarc
} // namespace Sceau
