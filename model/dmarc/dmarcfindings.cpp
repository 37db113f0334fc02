#include "model/dmarc/dmarcfindings.h"

#include "model/dmarc/tr.h"

#include <QHash>

#include <functional>

namespace Sceau::Dmarc {

std::optional<FindingText> findingText(const Finding &finding)
{
    using Make = std::function<FindingText(const Finding &)>;
    static const QHash<QString, Make> texts = {
        {FindingId::NotARecord,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Not a DMARC record"),
                 //: %1 the text given
                 Tr::tr("“%1” does not begin with “v=DMARC1” (exactly, in capitals). Receivers "
                        "discard it.")
                     .arg(f.args.value(0)),
                 Tr::tr("Begin the record with “v=DMARC1;”.")};
         }},
        {FindingId::TooLong,
         [](const Finding &f) {
             return FindingText{Tr::tr("DMARC record too long"),
                                //: %1 its length in bytes, %2 the limit
                                Tr::tr("The record is %1 bytes long; Sceau reads at most %2.")
                                    .arg(f.args.value(0), f.args.value(1)),
                                Tr::tr("Shorten the record.")};
         }},
        {FindingId::TooManyTags,
         [](const Finding &f) {
             return FindingText{Tr::tr("Too many tags"),
                                //: %1 the limit, %2 a byte offset
                                Tr::tr("The record has more than %1 tags; the rest, from offset "
                                       "%2, was not read.")
                                    .arg(f.args.value(0), f.args.value(1)),
                                Tr::tr("Remove the tags receivers do not know.")};
         }},
        {FindingId::Syntax,
         [](const Finding &f) {
             return FindingText{Tr::tr("DMARC syntax error"),
                                //: %1 the faulty part of the record, %2 its byte offset
                                Tr::tr("“%1” at offset %2 is not “tag=value”.")
                                    .arg(f.args.value(0), f.args.value(1)),
                                Tr::tr("Write each tag as “name=value”, separated by “;”.")};
         }},
        {FindingId::DuplicateTag,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Tag given twice"),
                 //: %1 a tag name, %2 a byte offset
                 Tr::tr("The tag “%1” occurs again at offset %2: the whole record is invalid.")
                     .arg(f.args.value(0), f.args.value(1)),
                 Tr::tr("Keep each tag once.")};
         }},
        {FindingId::InvalidValue,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Invalid tag value"),
                 //: %1 a tag name, %2 its value, %3 a byte offset
                 Tr::tr("“%1=%2” (offset %3) is not a valid value; receivers use the default.")
                     .arg(f.args.value(0), f.args.value(1), f.args.value(2)),
                 Tr::tr("Use one of the values RFC 9989 defines for this tag.")};
         }},
        {FindingId::UnknownTag,
         [](const Finding &f) {
             return FindingText{Tr::tr("Unknown tag"),
                                //: %1 a tag name, %2 a byte offset
                                Tr::tr("Receivers ignore the tag “%1” (offset %2).")
                                    .arg(f.args.value(0), f.args.value(1)),
                                Tr::tr("Check its spelling, or remove it.")};
         }},
        {FindingId::LegacyTag,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Tag removed by RFC 9989"),
                 //: %1 pct, rf or ri; %2 its value; %3 a byte offset
                 Tr::tr("“%1=%2” (offset %3) belongs to RFC 7489; RFC 9989 removed it and "
                        "current receivers ignore it.")
                     .arg(f.args.value(0), f.args.value(1), f.args.value(2)),
                 Tr::tr("Remove it; to test a stricter policy, use “t=y” instead of “pct”.")};
         }},
        {FindingId::NoPolicy,
         [](const Finding &) {
             return FindingText{Tr::tr("No p= tag"),
                                Tr::tr("The record has no valid “p=” tag; as it has a report "
                                       "address, receivers read it as “p=none”."),
                                Tr::tr("Add “p=none”, “p=quarantine” or “p=reject”.")};
         }},
        {FindingId::NoPolicyNoRua,
         [](const Finding &) {
             return FindingText{Tr::tr("No policy and no report address"),
                                Tr::tr("Without a valid “p=” or “rua=”, the record is not a "
                                       "policy record: receivers ignore it."),
                                Tr::tr("Add “p=none” and a “rua=mailto:…” address.")};
         }},
        {FindingId::InvalidUri,
         [](const Finding &f) {
             return FindingText{Tr::tr("Invalid report address"),
                                //: %1 rua or ruf, %2 the URI, %3 a byte offset
                                Tr::tr("“%2” in %1= (offset %3) is not a valid “mailto:” URI.")
                                    .arg(f.args.value(0), f.args.value(1), f.args.value(2)),
                                Tr::tr("Write it as “mailto:reports@example.com”.")};
         }},
        {FindingId::SizeSuffix,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Obsolete size limit"),
                 //: %1 rua or ruf, %2 the URI, %3 a byte offset
                 Tr::tr("“%2” in %1= (offset %3) ends with a “!size” limit, which RFC 9989 "
                        "removed; receivers ignore it.")
                     .arg(f.args.value(0), f.args.value(1), f.args.value(2)),
                 Tr::tr("Remove the “!…” suffix.")};
         }},
        {FindingId::UnsupportedUri,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Report address not by mail"),
                 //: %1 rua or ruf, %2 the URI, %3 a byte offset
                 Tr::tr("“%2” in %1= (offset %3) is not a “mailto:” URI; reports are only sent "
                        "by mail.")
                     .arg(f.args.value(0), f.args.value(1), f.args.value(2)),
                 Tr::tr("Use a “mailto:” address.")};
         }},
        {FindingId::TooManyUris,
         [](const Finding &f) {
             return FindingText{Tr::tr("Too many report addresses"),
                                //: %1 rua or ruf, %2 the limit
                                Tr::tr("%1= lists more than %2 addresses; the rest was not read.")
                                    .arg(f.args.value(0), f.args.value(1)),
                                Tr::tr("List fewer addresses.")};
         }},
        {FindingId::FoWithoutRuf,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Failure options without ruf="),
                 //: %1 the fo= value
                 Tr::tr("“fo=%1” has no effect without a “ruf=” address.").arg(f.args.value(0)),
                 Tr::tr("Add “ruf=” or remove “fo=”.")};
         }},
        {FindingId::Present,
         [](const Finding &f) {
             return FindingText{Tr::tr("DMARC record published"),
                                Tr::tr("%1 publishes: %2").arg(f.args.value(0), f.args.value(1)),
                                QString()};
         }},
        {FindingId::Inherited,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DMARC policy inherited"),
                 //: %1 the domain, %2 the parent domain whose record applies
                 Tr::tr("%1 has no record of its own; the record of %2 applies to it.")
                     .arg(f.args.value(0), f.args.value(1)),
                 QString()};
         }},
        {FindingId::Missing,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("No DMARC record"),
                 Tr::tr("%1 has no TXT record beginning with “v=DMARC1”. Receivers apply no DMARC "
                        "policy to mail using this domain, and you get no reports.")
                     .arg(f.args.value(0)),
                 Tr::tr("Publish a DMARC record, starting with “p=none” and a “rua=” address to "
                        "collect reports, then move to “p=quarantine” or “p=reject”.")};
         }},
        {FindingId::Multiple,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Several DMARC records"),
                 Tr::tr("%1 has %2 TXT records beginning with “v=DMARC1”. Receivers then ignore "
                        "DMARC for this domain entirely.")
                     .arg(f.args.value(0), f.args.value(1)),
                 Tr::tr("Keep exactly one DMARC record.")};
         }},
        {FindingId::Invalid,
         [](const Finding &f) {
             return FindingText{Tr::tr("Invalid DMARC record"),
                                //: %1 the record name, %2 the record
                                Tr::tr("Receivers ignore the record at %1: %2")
                                    .arg(f.args.value(0), f.args.value(1)),
                                Tr::tr("Fix the errors listed with it.")};
         }},
        {FindingId::ApexRecord,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DMARC record at the domain itself"),
                 //: %1 the domain, %2 _dmarc.<domain>
                 Tr::tr("%1 has a TXT record beginning with “v=DMARC1”; receivers only look at "
                        "%2.")
                     .arg(f.args.value(0), f.args.value(1)),
                 Tr::tr("Move the record to %1.").arg(f.args.value(1))};
         }},
        {FindingId::PolicyNone,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Monitoring only (p=none)"),
                 Tr::tr("The policy of %1 asks receivers to take no action on mail that fails "
                        "DMARC.")
                     .arg(f.args.value(0)),
                 Tr::tr("Once the reports show your mail passes, move to “p=quarantine”, then "
                        "“p=reject” (the DMARC wizard plans it).")};
         }},
        {FindingId::TestMode,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Test mode (t=y)"),
                 Tr::tr("The policy of %1 is in test mode: receivers apply the next lower "
                        "policy.")
                     .arg(f.args.value(0)),
                 Tr::tr("Remove “t=y” when the reports show no legitimate mail fails.")};
         }},
        {FindingId::SubdomainWeaker,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Subdomain policy weaker than p="),
                 //: %1 the sp= value, %2 the p= value
                 Tr::tr("Subdomains get “sp=%1”, weaker than “p=%2”: they can be spoofed "
                        "more easily.")
                     .arg(f.args.value(0), f.args.value(1)),
                 Tr::tr("Remove “sp=” or make it at least as strict as “p=”.")};
         }},
        {FindingId::NonExistentWeaker,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Non-existent domain policy weaker than p="),
                 //: %1 the np= value, %2 the p= value
                 Tr::tr("Names that do not exist get “np=%1”, weaker than “p=%2”.")
                     .arg(f.args.value(0), f.args.value(1)),
                 Tr::tr("Set “np=reject”: no legitimate mail comes from a name that does not "
                        "exist.")};
         }},
        {FindingId::NoRua,
         [](const Finding &f) {
             return FindingText{Tr::tr("No aggregate report address"),
                                Tr::tr("The policy of %1 has no “rua=”: you get no reports on "
                                       "who sends as your domain.")
                                    .arg(f.args.value(0)),
                                Tr::tr("Add “rua=mailto:…” with an address you read.")};
         }},
        {FindingId::ReportHostNoMx,
         [](const Finding &f) {
             return FindingText{Tr::tr("Report host without MX"),
                                //: %1 rua or ruf, %2 a host name
                                Tr::tr("%2 (from %1=) publishes no MX record: reports may not "
                                       "be delivered.")
                                    .arg(f.args.value(0), f.args.value(1)),
                                Tr::tr("Use an address whose domain receives mail.")};
         }},
        {FindingId::ReportNotAuthorised,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("External report address not authorised"),
                 //: %1 rua or ruf, %2 a host, %3 the record name it must publish
                 Tr::tr("%2 (from %1=) is outside your organisation and publishes no "
                        "“v=DMARC1” record at %3: receivers send it no report.")
                     .arg(f.args.value(0), f.args.value(1), f.args.value(2)),
                 Tr::tr("Ask the operator of %1 to publish “v=DMARC1;” at %2.")
                     .arg(f.args.value(1), f.args.value(2))};
         }},
        {FindingId::ReportAuthorised,
         [](const Finding &f) {
             return FindingText{Tr::tr("External report address authorised"),
                                //: %2 a host, %3 the record name
                                Tr::tr("%2 (from %1=) accepts your reports (%3).")
                                    .arg(f.args.value(0), f.args.value(1), f.args.value(2)),
                                QString()};
         }},
        {FindingId::BulkSender,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DMARC policy for bulk senders"),
                 //: %1 a domain, %2 none, quarantine or reject
                 Tr::tr("%1 has a DMARC policy (p=%2), as Gmail, Yahoo and Outlook require of "
                        "bulk senders. They also require SPF or DKIM aligned with the From "
                        "domain: check it with the alignment simulator or the reports.")
                     .arg(f.args.value(0), f.args.value(1)),
                 QString()};
         }},
    };
    const auto it = texts.constFind(finding.id);
    if (it == texts.cend())
        return std::nullopt;
    return (*it)(finding);
}

} // namespace Sceau::Dmarc
