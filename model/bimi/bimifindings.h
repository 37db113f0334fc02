#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"

#include <optional>

namespace Sceau {
namespace Bimi {

// The catalogue's texts for the bimi.* findings (record, DMARC prerequisite, fetches, SVG Tiny
// PS logo, mark certificate), translated, their arguments substituted; nullopt for another id.
std::optional<FindingText> bimiFindingText(const Finding &finding);

} // namespace Bimi
} // namespace Sceau
