#pragma once

#include "model/dmarc/dmarcdiscovery.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

namespace Sceau {
namespace Dmarc {

// What a receiver saw of one message (RFC 9989 §4.4): the identifiers and whether SPF and each
// DKIM signature passed. Domains normalized.
struct AlignmentInput
{
    QString fromDomain;     // RFC 5322.From
    QString mailFromDomain; // RFC 5321.MailFrom (or HELO when MAIL FROM is empty)
    bool spfPass = false;
    struct Signature
    {
        QString domain; // d=
        bool pass = false;
    };
    QList<Signature> dkim;
    bool fromDomainExists = true; // false: the From domain does not exist (np applies)
};

// One identifier against the From domain.
struct IdentifierAlignment
{
    QString domain;
    bool pass = false;    // SPF or the signature passed
    bool relaxed = false; // same Organizational Domain (RFC 9989 §3.2.10.1, §4.4)
    bool strict = false;  // the very same name
    bool known = true;    // false: an Organizational Domain could not be determined
};

enum class Verdict { Pass, Fail, NoPolicy, Undetermined };

struct AlignmentResult
{
    IdentifierAlignment spf;
    QList<IdentifierAlignment> dkim;
    bool spfAligned = false;  // passed and aligned under aspf=
    bool dkimAligned = false; // some signature passed and aligned under adkim=
    Verdict verdict = Verdict::Undetermined;
    std::optional<EffectivePolicy> policy; // the policy found for the From domain
    QString policyDomain;
    Policy requested = Policy::None;   // the policy that applies (p=, sp= or np=)
    Policy disposition = Policy::None; // what a receiver does on failure, t=y applied
};

// RFC 9989 §4.4: strict alignment is the same name; relaxed, the same Organizational Domain
// (orgA/orgB, from the tree walk). The one rule every path calls.
bool isAligned(const QString &a,
               const QString &orgA,
               const QString &b,
               const QString &orgB,
               AlignmentMode mode);

// RFC 9989 §4.7 (t): in test mode a receiver applies the next lower policy — reject becomes
// quarantine, quarantine becomes none.
Policy testModeDisposition(Policy policy);

// The verdict (pure): orgDomains maps every domain of input to its Organizational Domain
// (empty: could not be determined); policy is the From domain's discovery.
AlignmentResult evaluateAlignment(const AlignmentInput &input,
                                  const QHash<QString, QString> &orgDomains,
                                  const Discovery &policy);

// Walks the tree for the From domain (or policyDomain when given: its policy stands for the
// From domain's), the MAIL FROM and each d= domain, and evaluates. Always finishes.
QFuture<AlignmentResult> simulateAlignment(Dns::Resolver *resolver,
                                           const AlignmentInput &input,
                                           const QString &policyDomain = {});

} // namespace Dmarc
} // namespace Sceau
