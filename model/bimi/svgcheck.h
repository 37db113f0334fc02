#pragma once

#include "model/core/finding.h"

#include <QByteArray>
#include <QList>

namespace Sceau {
namespace Bimi {

// A finding about a logo and the line it is on (1-based; 0: the document as a whole).
struct SvgFinding
{
    Finding finding;
    qint64 line = 0;
    bool operator==(const SvgFinding &other) const = default;
};

// What the SVG Tiny PS check found.
struct SvgValidation
{
    QList<SvgFinding> findings; // ids bimi.svg-*; a passing logo has one Ok finding
    bool valid() const;         // no Error finding
    QList<Finding> plainFindings() const;
};

// The BIMI Group's size guidance: receivers may refuse a logo above 32 KiB.
inline constexpr qsizetype MaxSvgSize = 32 * 1024;
// Untrusted input bounds: a logo above MaxSvgInput is not parsed at all; parsing stops past
// MaxSvgDepth nested elements or MaxSvgElements elements.
inline constexpr qsizetype MaxSvgInput = 1024 * 1024;
inline constexpr int MaxSvgDepth = 64;
inline constexpr int MaxSvgElements = 20000;

// Checks an SVG logo against SVG Tiny Portable/Secure (draft-bkl-bimi-svg), with
// QXmlStreamReader (no DTD processed: a DOCTYPE is itself a violation and stops the check):
// root <svg> in the SVG namespace with version="1.2" and baseProfile="tiny-ps", a <title>
// child, no x/y on the root, a square viewBox, at most MaxSvgSize bytes, and only the elements
// and attributes of svgTinyPsElements() — script, animation, raster images and foreignObject
// named as such, and any reference that leaves the document (href not "#…", url(…) not
// "#…"). Each violation is a finding with its line.
SvgValidation validateSvgTinyPs(const QByteArray &svg);

} // namespace Bimi
} // namespace Sceau
