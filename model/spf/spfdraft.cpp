#include "model/spf/spfdraft.h"

#include "model/core/domainname.h"
#include "model/spf/spfrecord.h"
#include "model/spf/spfrecordselection.h"

namespace Sceau::Spf {

QList<SenderPreset> senderPresets()
{
    return {
        {QStringLiteral("Google Workspace"), QStringLiteral("_spf.google.com")},
        {QStringLiteral("Microsoft 365"), QStringLiteral("spf.protection.outlook.com")},
        {QStringLiteral("Mailchimp"), QStringLiteral("servers.mcsv.net")},
        {QStringLiteral("SendGrid"), QStringLiteral("sendgrid.net")},
        {QStringLiteral("Amazon SES"), QStringLiteral("amazonses.com")},
        {QStringLiteral("Mailgun"), QStringLiteral("mailgun.org")},
        {QStringLiteral("Brevo"), QStringLiteral("spf.brevo.com")},
        {QStringLiteral("OVHcloud"), QStringLiteral("mx.ovh.com")},
    };
}

QStringList SpfDraft::invalidEntries() const
{
    QStringList invalid;
    auto check = [&](const QStringList &entries, const QString &mechanism) {
        for (const QString &entry : entries) {
            if (entry.contains(u' ')
                || SpfRecord::syntaxError(QStringLiteral("v=spf1 %1:%2").arg(mechanism, entry)))
                invalid << entry;
        }
    };
    check(ip4, QStringLiteral("ip4"));
    check(ip6, QStringLiteral("ip6"));
    check(includes, QStringLiteral("include"));
    // An include must name a real domain, not only be valid macro syntax.
    for (const QString &entry : includes) {
        if (!invalid.contains(entry)
            && (!DomainName::fromUserInput(entry) || !isCheckableDomain(entry)))
            invalid << entry;
    }
    return invalid;
}

QString SpfDraft::record() const
{
    QStringList terms{QStringLiteral("v=spf1")};
    if (mx)
        terms << QStringLiteral("mx");
    if (a)
        terms << QStringLiteral("a");
    for (const QString &range : ip4)
        terms << QStringLiteral("ip4:") + range;
    for (const QString &range : ip6)
        terms << QStringLiteral("ip6:") + range;
    for (const QString &target : includes)
        terms << QStringLiteral("include:") + target;
    terms << extraTerms; // verbatim, before all: a modifier's place does not matter (§4.6.3)
    terms << qualifierToken(policy) + QStringLiteral("all");
    return terms.join(u' ');
}

int SpfDraft::directLookups() const
{
    int extra = 0;
    for (const QString &text : extraTerms) {
        if (const auto parsed = SpfRecord::parse(QStringLiteral("v=spf1 ") + text))
            extra += parsed->dnsQueryingTerms();
    }
    return int(mx) + int(a) + int(includes.size()) + extra;
}

QStringList SpfDraft::strings() const
{
    return splitIntoStrings(record());
}

QString SpfDraft::zoneLine(int ttl) const
{
    QStringList quoted;
    for (const QString &string : strings())
        quoted << u'"' + string + u'"';
    return QStringLiteral("%1. %2 IN TXT %3").arg(domain).arg(ttl).arg(quoted.join(u' '));
}

QStringList splitIntoStrings(const QString &text, int maxBytes)
{
    // Records are ASCII (RFC 7208 §3.1): one character is one byte.
    QStringList pieces;
    QString rest = text;
    while (rest.size() > maxBytes) {
        qsizetype cut = rest.lastIndexOf(u' ', maxBytes - 1);
        cut = cut > maxBytes / 2 ? cut + 1 : maxBytes; // keep the space at the end of a piece
        pieces << rest.left(cut);
        rest = rest.mid(cut);
    }
    pieces << rest;
    return pieces;
}

} // namespace Sceau::Spf
