#include "model/bimi/dmarcprerequisite.h"

namespace Sceau::Bimi {

namespace {
const QString Rfc = QStringLiteral("draft-brand-indicators-for-message-identification");

bool enforcing(Dmarc::Policy policy)
{
    return policy == Dmarc::Policy::Quarantine || policy == Dmarc::Policy::Reject;
}

QString policyToken(Dmarc::Policy policy)
{
    switch (policy) {
    case Dmarc::Policy::None:
        return QStringLiteral("none");
    case Dmarc::Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Dmarc::Policy::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

// One record's own obstacles: test mode and a legacy pct below 100, which both stop a policy
// from being applied to all mail.
void checkRecord(const QString &domain, const DmarcState &state, QList<Finding> &findings)
{
    if (state.policy.testMode)
        findings << Finding{QStringLiteral("bimi.dmarc-test-mode"), Severity::Error, {domain}, Rfc};
    if (state.legacyPercent && *state.legacyPercent < 100)
        findings << Finding{QStringLiteral("bimi.dmarc-partial"),
                            Severity::Error,
                            {domain, QString::number(*state.legacyPercent)},
                            Rfc};
}
} // namespace

DmarcPrerequisite evaluateDmarcPrerequisite(const QString &authorDomain,
                                            const DmarcState &author,
                                            const QString &orgDomain,
                                            const DmarcState &org)
{
    using Lookup = DmarcState::Lookup;
    DmarcPrerequisite result;
    QList<Finding> &findings = result.findings;
    const bool sameDomain
        = orgDomain.isEmpty() || authorDomain.compare(orgDomain, Qt::CaseInsensitive) == 0;
    bool unknown = false;

    // The organisational domain's own policy (when it is another domain).
    if (!sameDomain) {
        if (org.lookup == Lookup::CouldNotCheck) {
            findings << Finding{
                QStringLiteral("bimi.dmarc-could-not-check"), Severity::Warning, {orgDomain}, Rfc};
            unknown = true;
        } else if (org.lookup == Lookup::None) {
            findings << Finding{
                QStringLiteral("bimi.dmarc-missing"), Severity::Error, {orgDomain}, Rfc};
        } else {
            if (!enforcing(org.policy.policy))
                findings << Finding{QStringLiteral("bimi.dmarc-not-enforcing"),
                                    Severity::Error,
                                    {orgDomain, policyToken(org.policy.policy)},
                                    Rfc};
            checkRecord(orgDomain, org, findings);
        }
    }

    // The policy applied to the author domain: its own record, or the one inherited.
    if (author.lookup == Lookup::CouldNotCheck) {
        findings << Finding{
            QStringLiteral("bimi.dmarc-could-not-check"), Severity::Warning, {authorDomain}, Rfc};
        unknown = true;
    } else if (author.lookup == Lookup::Found) {
        if (!enforcing(author.policy.policy))
            findings << Finding{QStringLiteral("bimi.dmarc-not-enforcing"),
                                Severity::Error,
                                {authorDomain, policyToken(author.policy.policy)},
                                Rfc};
        checkRecord(authorDomain, author, findings);
    } else if (sameDomain) {
        findings << Finding{
            QStringLiteral("bimi.dmarc-missing"), Severity::Error, {authorDomain}, Rfc};
    } else if (org.lookup == Lookup::Found && !enforcing(org.policy.subdomainPolicy)) {
        // RFC 9989: a subdomain without a record of its own gets the organisational domain's sp=.
        findings << Finding{QStringLiteral("bimi.dmarc-subdomain-not-enforcing"),
                            Severity::Error,
                            {authorDomain, orgDomain, policyToken(org.policy.subdomainPolicy)},
                            Rfc};
    }

    if (hasSeverity(findings, Severity::Error))
        result.verdict = DmarcPrerequisite::Verdict::NotMet;
    else if (unknown)
        result.verdict = DmarcPrerequisite::Verdict::CouldNotCheck;
    else
        result.verdict = DmarcPrerequisite::Verdict::Met;
    if (result.verdict == DmarcPrerequisite::Verdict::Met)
        findings << Finding{
            QStringLiteral("bimi.dmarc-enforcing"), Severity::Ok, {authorDomain}, Rfc};
    return result;
}

} // namespace Sceau::Bimi
