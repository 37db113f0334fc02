#include "model/dmarc/sourceadvice.h"

#include "model/dmarc/tr.h"

namespace Sceau::Dmarc {

namespace {

// Relaxed alignment as a report reader can judge it without the Public Suffix List: the same
// domain, or one a subdomain of the other (RFC 9989 §4.4 compares organisational
// domains; this is the common case and never calls an unrelated domain aligned).
bool related(const QString &a, const QString &b)
{
    return a == b || a.endsWith(u'.' + b) || b.endsWith(u'.' + a);
}

QStringList unaligned(const QStringList &domains, const QString &from)
{
    QStringList out;
    for (const QString &domain : domains) {
        if (!related(domain, from))
            out << domain;
    }
    return out;
}

} // namespace

SourceAdvice adviseSource(const SourceSummary &source)
{
    SourceAdvice advice;
    if (source.impact.failingMessages == 0)
        return advice;
    advice.failing = true;
    const QString from
        = source.impact.headerFrom.isEmpty() ? source.policyDomain : source.impact.headerFrom;
    const QString ip = source.impact.sourceIp;
    const QStringList otherDkim = unaligned(source.dkimPassDomains, from);
    const QStringList otherSpf = unaligned(source.spfPassDomains, from);
    const bool forwarded
        = source.reasons.contains(u"forwarded") || source.reasons.contains(u"mailing_list");
    if (forwarded) {
        //: %1 an IP address
        advice.why = Tr::tr("%1 forwards mail or runs a mailing list: SPF cannot pass for your "
                            "domain there")
                         .arg(ip);
        //: %1 a domain
        advice.suggestion = Tr::tr("Sign all your mail with DKIM d=%1: the signature survives "
                                   "forwarding.")
                                .arg(from);
    } else if (!otherDkim.isEmpty()) {
        //: %1 an IP address, %2 domains, %3 the From domain
        advice.why = Tr::tr("%1 signs with DKIM d=%2, which is not aligned with %3")
                         .arg(ip, otherDkim.join(u", "), from);
        //: %1 a domain
        advice.suggestion = Tr::tr("Have this sender sign with d=%1 (publish its DKIM key under "
                                   "your domain).")
                                .arg(from);
    } else if (!otherSpf.isEmpty()) {
        //: %1 an IP address, %2 domains, %3 the From domain
        advice.why = Tr::tr("%1 passes SPF only for its own bounce domain %2, not aligned "
                            "with %3")
                         .arg(ip, otherSpf.join(u", "), from);
        //: %1 a domain
        advice.suggestion = Tr::tr("Set this sender's bounce (MAIL FROM) domain to a subdomain "
                                   "of %1 and add its include to that SPF record, or have it "
                                   "sign with d=%1.")
                                .arg(from);
    } else if (source.impact.dkimDomains.isEmpty()) {
        //: %1 an IP address
        advice.why = Tr::tr("%1 is not in your SPF record and does not sign with DKIM").arg(ip);
        //: %1 an IP address, %2 a domain
        advice.suggestion = Tr::tr("If %1 is yours or a provider's, add it (or the provider's "
                                   "include) to the SPF record of %2 and sign with d=%2; if not, "
                                   "it is someone sending as you: an enforcing policy stops it.")
                                .arg(ip, from);
    } else {
        //: %1 an IP address
        advice.why = Tr::tr("%1's DKIM signatures do not verify and SPF does not pass").arg(ip);
        //: %1 a domain
        advice.suggestion = Tr::tr("Check the DKIM key this sender uses is published for %1 and "
                                   "that its address is in your SPF record.")
                                .arg(from);
    }
    return advice;
}

} // namespace Sceau::Dmarc
