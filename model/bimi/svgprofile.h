#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Sceau {
namespace Bimi {

// The element and attribute set of SVG Tiny Portable/Secure (draft-bkl-bimi-svg; the RelaxNG
// schema SVG_1.2_PS.rng, tests/data/bimi/schema/): each allowed element (local name, SVG
// namespace) with the attributes it may carry, named as the schema names them ("xml:space",
// "href" for xlink:href). The one table every SVG check uses; tst_svgprofile reads the schema
// and fails when the two differ.
const QHash<QString, QSet<QString>> &svgTinyPsElements();

} // namespace Bimi
} // namespace Sceau
