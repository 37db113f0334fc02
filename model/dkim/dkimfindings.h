#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"

#include <optional>

namespace Sceau {
namespace Dkim {

// Translated text of the DKIM finding ids (DESIGN.md §3), for the one catalogue:
// dkim.selector-missing, dkim.key-ok, dkim.key-too-short, dkim.key-weak, dkim.key-revoked,
// dkim.key-invalid, dkim.key-matches, dkim.key-mismatch, dkim.testing-mode, dkim.sha1-only,
// dkim.service-not-email, dkim.syntax-error, dkim.multiple-records, dkim.ed25519-only.
// (dns.lookup-failed belongs to the audit's catalogue.) std::nullopt for other ids.
std::optional<FindingText> findingText(const Finding &finding);

} // namespace Dkim
} // namespace Sceau
