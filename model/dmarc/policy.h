#pragma once

namespace Sceau {
namespace Dmarc {

// A DMARC policy value (RFC 9989, the p=, sp= and np= tags).
enum class Policy { None, Quarantine, Reject };

// Identifier alignment mode (RFC 9989, the adkim= and aspf= tags): r = relaxed, s = strict.
enum class AlignmentMode { Relaxed, Strict };

// The psd= tag (RFC 9989): y = a public suffix domain, n = an organisational domain, u = unknown.
enum class PsdFlag { Unknown, Yes, No };

// What a DMARC record means once RFC 9989's defaults are applied: the contract between the
// record parser (which fills it), policy discovery, the alignment simulator, the wizards and
// the BIMI prerequisite (which read it).
struct EffectivePolicy
{
    Policy policy = Policy::None;                         // p=
    Policy subdomainPolicy = Policy::None;                // sp=, defaults to p=
    Policy nonExistentPolicy = Policy::None;              // np=, defaults to sp=
    AlignmentMode dkimAlignment = AlignmentMode::Relaxed; // adkim=, default r
    AlignmentMode spfAlignment = AlignmentMode::Relaxed;  // aspf=, default r
    bool testMode = false;                                // t=y; default n
    PsdFlag psd = PsdFlag::Unknown;                       // psd=, default u
};

} // namespace Dmarc
} // namespace Sceau
