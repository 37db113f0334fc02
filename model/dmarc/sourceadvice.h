#pragma once

#include "model/dmarc/sourcesummary.h"

#include <QString>

namespace Sceau {
namespace Dmarc {

// Why a source fails DMARC alignment and what would fix it, in words (translated).
struct SourceAdvice
{
    bool failing = false; // some of its messages passed neither SPF nor DKIM aligned
    QString why;          // empty when not failing
    QString suggestion;   // empty when not failing
};

// Reads a source's summary against RFC 9989 §4.4 (DMARC passes when SPF or DKIM passes for a
// domain aligned with the RFC 5322.From domain): a DKIM signature that verified for another
// domain → sign with d=<From domain>; SPF that passed for another MAIL FROM domain → use a
// bounce domain under the From domain and add the sender's include to its SPF; nothing passed →
// add the source to SPF and sign with DKIM; forwarded or mailing-list mail → rely on DKIM.
SourceAdvice adviseSource(const SourceSummary &source);

} // namespace Dmarc
} // namespace Sceau
