#include "model/audit/findingcatalogue.h"
#include "model/audit/tr.h"

#include <QHash>
#include <functional>

namespace Sceau::Audit {

namespace {
QString arg(const Finding &finding, int index)
{
    return finding.args.value(index);
}
} // namespace

std::optional<FindingText> auditFindingText(const Finding &finding)
{
    using Make = std::function<FindingText(const Finding &)>;
    static const QHash<QString, Make> texts = {
        {QStringLiteral("dns.lookup-failed"),
         [](const Finding &f) {
             return FindingText{
                 //: %1 is a DNS name, %2 a record type (TXT, MX…)
                 Tr::tr("Could not look up %1 %2").arg(arg(f, 0), arg(f, 1)),
                 //: %1 name, %2 type, %3 the failure (timeout, servfail…), %4 technical detail
                 Tr::tr(
                     "The DNS lookup of %1 (%2) failed: %3 (%4). The checks that need this answer "
                     "could not be made; this says nothing about whether the record exists.")
                     .arg(arg(f, 0), arg(f, 1), arg(f, 2), arg(f, 3)),
                 Tr::tr("Check the resolver settings and the network, then check again. If it "
                        "persists, the domain's nameservers may be failing.")};
         }},
        {QStringLiteral("domain.not-found"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("The domain %1 does not exist").arg(arg(f, 0)),
                 Tr::tr("The DNS answers that %1 does not exist (NXDOMAIN).").arg(arg(f, 0)),
                 Tr::tr("Check the spelling of the domain, and that it is delegated.")};
         }},
        {QStringLiteral("spf.present"),
         [](const Finding &f) {
             return FindingText{Tr::tr("SPF record published"),
                                //: %1 is the domain, %2 the SPF record
                                Tr::tr("%1 publishes: %2").arg(arg(f, 0), arg(f, 1)),
                                QString()};
         }},
        {QStringLiteral("mx.present"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Mail exchangers published"),
                 //: %1 the domain; %n the number of MX records
                 Tr::tr("%1 has %n MX record(s).", nullptr, arg(f, 1).toInt()).arg(arg(f, 0)),
                 QString()};
         }},
        {QStringLiteral("mx.missing"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("No MX record"),
                 Tr::tr("%1 has no MX record. Senders fall back to its address records, which is "
                        "rarely intended.")
                     .arg(arg(f, 0)),
                 Tr::tr("Publish MX records for the servers that receive mail, or a null MX "
                        "(“MX 0 .”) if the domain receives no mail.")};
         }},
        {QStringLiteral("mx.null"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Null MX: the domain accepts no mail"),
                 Tr::tr("%1 publishes a null MX (“MX 0 .”): it declares that it receives no mail.")
                     .arg(arg(f, 0)),
                 Tr::tr("Nothing to do if the domain really receives no mail. It should also "
                        "publish “v=spf1 -all” and a DMARC “p=reject” policy.")};
         }},
        {QStringLiteral("mx.null-mixed"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Null MX mixed with other MX records"),
                 Tr::tr("%1 publishes a null MX together with other MX records; a null MX "
                        "must be the only one.")
                     .arg(arg(f, 0)),
                 Tr::tr("Remove either the null MX or the other MX records.")};
         }},
        {QStringLiteral("mx.null-preference"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Malformed null MX"),
                 //: %1 the domain, %2 the MX preference found (a null MX has 0)
                 Tr::tr("%1 publishes “MX %2 .”. A null MX, which declares that the domain "
                        "receives no mail, is exactly one MX record with preference 0 and the "
                        "exchange “.”; this record is neither a null MX nor a usable mail server.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("If the domain receives no mail, publish “MX 0 .” as its only MX record; "
                        "otherwise name the mail server in the MX record.")};
         }},
        {QStringLiteral("mx.exchange-address"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Mail exchanger written as an IP address"),
                 //: %1 the MX exchange as published (an IP address), %2 the domain
                 Tr::tr("The MX record of %2 names “%1”, an address. The exchange of an MX record "
                        "must be a host name: senders look “%1” up as a name, find nothing, and "
                        "may not deliver the mail.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Publish a host name with an A or AAAA record for this address, and put "
                        "that name in the MX record.")};
         }},
        {QStringLiteral("mx.exchange-alias"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Mail exchanger is an alias"),
                 //: %1 the MX host name, %2 the domain, %3 the name the alias points to
                 Tr::tr("The MX host %1 of %2 is an alias (CNAME) of %3. The exchange of an MX "
                        "record must not be an alias; some senders refuse or mishandle it.")
                     .arg(arg(f, 0), arg(f, 1), arg(f, 2)),
                 Tr::tr("Put the canonical name (%1) in the MX record instead of the alias.")
                     .arg(arg(f, 2))};
         }},
        {QStringLiteral("mx.host-no-address"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Mail exchanger without an address"),
                 //: %1 the MX host name, %2 the domain
                 Tr::tr("The MX host %1 of %2 has neither an A nor an AAAA record: mail cannot be "
                        "delivered to it.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Publish the address of the mail server, or fix the MX record.")};
         }},
    };
    const auto make = texts.constFind(finding.id);
    if (make == texts.constEnd())
        return std::nullopt;
    return (*make)(finding);
}

} // namespace Sceau::Audit
