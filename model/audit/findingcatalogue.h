#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"

#include <optional>

namespace Sceau {
namespace Audit {

// The one catalogue that turns a finding id into translated text (DESIGN.md §3). The GUI, the
// CLI's text output and reports all read it. Each protocol module contributes the texts of
// its own ids; an unknown id falls back to the id itself, so nothing is ever blank.
namespace FindingCatalogue {

FindingText text(const Finding &finding);

} // namespace FindingCatalogue

// Texts of the ids the audit itself produces (dns.*, domain.*, and the v0 presence checks).
std::optional<FindingText> auditFindingText(const Finding &finding);

} // namespace Audit
} // namespace Sceau
