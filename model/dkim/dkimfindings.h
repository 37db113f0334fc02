#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"

#include <optional>

namespace Sceau::Dkim {

// Translated text of the DKIM finding ids (DESIGN.md §3), for the one catalogue:
// dkim.key-ok, dkim.key-too-short, dkim.key-weak, dkim.key-revoked, dkim.key-invalid,
// dkim.key-matches, dkim.key-mismatch, dkim.testing-mode, dkim.sha1-only,
// dkim.service-not-email, dkim.syntax-error, dkim.multiple-records, dkim.ed25519-only,
// dkim.selector-discovered, dkim.rotation-due.
// (dkim.selector-missing and dns.lookup-failed belong to the audit's catalogue.)
// std::nullopt for ids this module does not own.
std::optional<FindingText> findingText(const Finding &finding);

} // namespace Sceau::Dkim
