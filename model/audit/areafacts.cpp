#include "model/audit/areaassessment.h"
#include "model/audit/auditreport.h"
#include "model/audit/tr.h"
#include "model/dmarc/dmarcrecord.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sceau::Audit {

namespace {

bool hasFinding(const AuditReport &report, QLatin1StringView id)
{
    return std::any_of(report.findings.cbegin(), report.findings.cend(), [id](const Finding &f) {
        return f.id == id;
    });
}

QStringList spfFacts(const AuditReport &report)
{
    if (report.spfRecords.isEmpty())
        return {Tr::tr("no SPF record")};
    if (report.spfRecords.size() > 1)
        //: %1 the number of v=spf1 records (two or more)
        return {Tr::tr("%1 SPF records").arg(report.spfRecords.size())};
    QStringList facts;
    // The last "all" term, its qualifier included (RFC 7208 §5.1).
    static const QRegularExpression all(u"(?:^|\\s)([-~?+]?all)\\s*$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = all.match(report.spfRecords.first()); match.hasMatch())
        //: %1 the SPF record's last term, e.g. "-all"
        facts << Tr::tr("ends with %1").arg(match.captured(1).toLower());
    if (report.spfLookups >= 0)
        //: %1 DNS-querying terms of the SPF record and its includes; 10 is the RFC 7208 limit
        facts << Tr::tr("%1/10 DNS lookups").arg(report.spfLookups);
    return facts;
}

QStringList dkimFacts(const AuditReport &report)
{
    QStringList facts;
    QStringList withKey;
    for (const DkimSelector &selector : report.dkim) {
        if (!selector.records.isEmpty())
            withKey << selector.selector;
    }
    if (report.dkimDiscovered)
        //: %1 how many DKIM selectors were looked up
        facts << Tr::tr("common selectors probed: %1").arg(report.dkimSelectorsProbed.size());
    if (!withKey.isEmpty())
        //: %1 DKIM selectors, comma-separated
        facts << Tr::tr("key at %1").arg(withKey.join(u", "_s));
    else if (report.dkimDiscovered && report.dkimSelectorsFailed.isEmpty())
        facts << Tr::tr("no key found: DKIM not assessed (give the selector)");
    if (!report.dkimSelectorsFailed.isEmpty())
        //: %1 how many DKIM selector lookups failed
        facts << Tr::tr("selector lookups failed: %1").arg(report.dkimSelectorsFailed.size());
    return facts;
}

QStringList dmarcFacts(const AuditReport &report)
{
    if (!report.dmarc)
        return {};
    const Dmarc::Discovery &discovery = report.dmarc->discovery;
    if (!discovery.policyDetermined())
        return {Tr::tr("policy could not be determined")};
    const Dmarc::WalkStep *step = discovery.policy();
    if (!step || !step->hasPolicy())
        return {Tr::tr("no DMARC policy")};
    const Dmarc::EffectivePolicy &policy = step->record->effective;
    QStringList facts;
    QString text = u"p=%1"_s.arg(Dmarc::policyToken(policy.policy));
    if (policy.subdomainPolicy != policy.policy)
        text += u", sp=%1"_s.arg(Dmarc::policyToken(policy.subdomainPolicy));
    if (policy.testMode)
        text += u", t=y"_s;
    facts << text;
    if (discovery.inherited())
        //: %1 the domain whose DMARC record applies
        facts << Tr::tr("inherited from %1").arg(discovery.policyDomain());
    QStringList rua = step->record->rua;
    for (QString &uri : rua)
        uri.remove(QRegularExpression(u"^mailto:"_s, QRegularExpression::CaseInsensitiveOption));
    if (rua.isEmpty())
        facts << Tr::tr("no aggregate reports");
    else
        //: %1 the addresses the aggregate reports go to, comma-separated
        facts << Tr::tr("reports to %1").arg(rua.join(u", "_s));
    return facts;
}

QStringList mxFacts(const AuditReport &report)
{
    if (hasFinding(report, "mx.null"_L1))
        return {Tr::tr("null MX: receives no mail")};
    if (report.mx.isEmpty())
        return hasFinding(report, "mx.missing"_L1) ? QStringList{Tr::tr("no MX")} : QStringList{};
    //: %1 how many MX records
    return {Tr::tr("%1 MX").arg(report.mx.size())};
}

QStringList transportFacts(const AuditReport &report)
{
    QStringList facts;
    if (const auto &transport = report.transport; transport && !transport->hosts.isEmpty()) {
        int plaintext = 0;
        for (const Transport::MxTransport &host : transport->hosts) {
            const auto &addresses = host.probe.addresses;
            if (std::any_of(addresses.cbegin(), addresses.cend(), [](const auto &a) {
                    return a.attempt.outcome == Transport::SmtpTlsAttempt::Outcome::NoStartTls;
                }))
                ++plaintext;
        }
        const int hosts = int(transport->hosts.size());
        if (plaintext == 0 && !transport->incomplete())
            //: %1 how many MX hosts were probed
            facts << Tr::tr("%1 MX, all STARTTLS").arg(hosts);
        else if (plaintext > 0)
            //: %1 MX hosts without STARTTLS, %2 MX hosts probed
            facts << Tr::tr("%1 of %2 MX without STARTTLS").arg(plaintext).arg(hosts);
        if (transport->score)
            //: %1 the transport score out of 100, weighed by MX preference
            facts << Tr::tr("TLS %1/100").arg(*transport->score);
    }
    if (report.mtaSts) {
        if (report.mtaSts->policy)
            //: %1 the MTA-STS mode: enforce, testing or none
            facts << Tr::tr("MTA-STS %1")
                         .arg(Transport::MtaStsModes.token(report.mtaSts->policy->mode));
        else if (hasFinding(report, "mta-sts.no-record"_L1))
            facts << Tr::tr("no MTA-STS");
    }
    if (report.tlsRpt) {
        if (hasFinding(report, "tls-rpt.record-valid"_L1))
            facts << Tr::tr("TLS-RPT published");
        else if (hasFinding(report, "tls-rpt.no-record"_L1))
            facts << Tr::tr("no TLS-RPT");
    }
    if (report.dane) {
        if (hasFinding(report, "dane.match"_L1))
            facts << Tr::tr("DANE matches");
        else if (hasFinding(report, "dane.no-tlsa"_L1))
            facts << Tr::tr("no DANE");
    }
    return facts;
}

QStringList dnssecFacts(const AuditReport &report)
{
    if (hasFinding(report, "dnssec.domain-secure"_L1))
        return {Tr::tr("signed and validated")};
    if (hasFinding(report, "dnssec.domain-bogus"_L1))
        return {Tr::tr("signatures do not validate")};
    if (hasFinding(report, "dnssec.domain-insecure"_L1))
        return {Tr::tr("not signed")};
    return {};
}

} // namespace

QStringList areaFacts(Area area, const AuditReport &report)
{
    if (report.domainNotFound)
        return {};
    switch (area) {
    case Area::Spf:
        return spfFacts(report);
    case Area::Dkim:
        return dkimFacts(report);
    case Area::Dmarc:
        return dmarcFacts(report);
    case Area::Mx:
        return mxFacts(report);
    case Area::Transport:
        return transportFacts(report);
    case Area::Dnssec:
        return dnssecFacts(report);
    case Area::Bimi:
        return {};
    }
    return {};
}

} // namespace Sceau::Audit
