#include "model/dmarc/alignment.h"

#include "model/core/async.h"

namespace Sceau::Dmarc {

bool isAligned(const QString &a,
               const QString &orgA,
               const QString &b,
               const QString &orgB,
               AlignmentMode mode)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    return mode == AlignmentMode::Relaxed && !orgA.isEmpty()
           && orgA.compare(orgB, Qt::CaseInsensitive) == 0;
}

Policy testModeDisposition(Policy policy)
{
    return policy == Policy::Reject ? Policy::Quarantine : Policy::None;
}

namespace {
IdentifierAlignment identifier(const QString &domain,
                               bool pass,
                               const QString &from,
                               const QHash<QString, QString> &orgDomains)
{
    IdentifierAlignment a;
    a.domain = domain;
    a.pass = pass;
    const QString orgFrom = orgDomains.value(from);
    const QString org = orgDomains.value(domain);
    a.strict = isAligned(domain, org, from, orgFrom, AlignmentMode::Strict);
    a.relaxed = isAligned(domain, org, from, orgFrom, AlignmentMode::Relaxed);
    a.known = a.strict || (!orgFrom.isEmpty() && !org.isEmpty());
    return a;
}
} // namespace

AlignmentResult evaluateAlignment(const AlignmentInput &input,
                                  const QHash<QString, QString> &orgDomains,
                                  const Discovery &policy)
{
    AlignmentResult result;
    result.spf = identifier(input.mailFromDomain, input.spfPass, input.fromDomain, orgDomains);
    for (const AlignmentInput::Signature &signature : input.dkim)
        result.dkim << identifier(signature.domain, signature.pass, input.fromDomain, orgDomains);
    const WalkStep *step = policy.policy();
    if (step) {
        result.policy = step->record->effective;
        result.policyDomain = step->domain;
    }
    const EffectivePolicy effective = result.policy.value_or(EffectivePolicy{});
    const auto alignedUnder = [](const IdentifierAlignment &a, AlignmentMode mode) {
        return a.pass && (mode == AlignmentMode::Strict ? a.strict : a.relaxed);
    };
    result.spfAligned = alignedUnder(result.spf, effective.spfAlignment);
    bool unknown = result.spf.pass && !result.spf.known && !result.spfAligned;
    for (const IdentifierAlignment &a : std::as_const(result.dkim)) {
        result.dkimAligned = result.dkimAligned || alignedUnder(a, effective.dkimAlignment);
        unknown = unknown || (a.pass && !a.known);
    }
    if (!policy.policyDetermined()) {
        result.verdict = Verdict::Undetermined; // a failed lookup: never "no policy"
        return result;
    }
    if (!step) {
        result.verdict = Verdict::NoPolicy;
        return result;
    }
    // RFC 9989 §4.10.1: p= for the domain's own record; sp= for a subdomain that inherits it;
    // np= when the From domain does not exist.
    result.requested = !policy.inherited()       ? effective.policy
                       : !input.fromDomainExists ? effective.nonExistentPolicy
                                                 : effective.subdomainPolicy;
    result.disposition
        = effective.testMode ? testModeDisposition(result.requested) : result.requested;
    if (result.spfAligned || result.dkimAligned)
        result.verdict = Verdict::Pass;
    else
        result.verdict = unknown ? Verdict::Undetermined : Verdict::Fail;
    return result;
}

QFuture<AlignmentResult>
simulateAlignment(Dns::Resolver *resolver, const AlignmentInput &input, const QString &policyDomain)
{
    QStringList domains{input.fromDomain};
    if (!input.mailFromDomain.isEmpty())
        domains << input.mailFromDomain;
    for (const AlignmentInput::Signature &signature : input.dkim)
        domains << signature.domain;
    domains.removeDuplicates();
    QList<QFuture<Discovery>> walks;
    for (const QString &domain : std::as_const(domains))
        walks << discover(resolver, domain);
    if (!policyDomain.isEmpty())
        walks << discover(resolver, policyDomain);
    return allResults(walks).then([input, domains, policyDomain](const QList<Discovery> &found) {
        QHash<QString, QString> orgDomains;
        for (int i = 0; i < domains.size(); ++i)
            orgDomains.insert(domains.at(i), found.at(i).orgDomain);
        return evaluateAlignment(
            input, orgDomains, policyDomain.isEmpty() ? found.first() : found.last());
    });
}

} // namespace Sceau::Dmarc
