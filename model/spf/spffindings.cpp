#include "model/spf/spffindings.h"

#include "model/spf/tr.h"

namespace Sceau::Spf {

namespace {

// Replaces %1…%9 by the finding's args in one pass: a text may use any of them, in any order.
QString substitute(const QString &text, const QStringList &args)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const qsizetype index = text.at(i + 1).digitValue() - 1;
            out += args.value(index);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

FindingText make(const Finding &finding,
                 const QString &title,
                 const QString &explanation,
                 const QString &remediation)
{
    return {substitute(title, finding.args),
            substitute(explanation, finding.args),
            substitute(remediation, finding.args)};
}

} // namespace

Finding lookupFailed(const LookupFailure &failure)
{
    QString detail = failure.detail;
    if (!failure.term.isEmpty())
        detail = detail.isEmpty() ? failure.term : failure.term + QStringLiteral(": ") + detail;
    return Finding{
        FindingId::LookupFailed,
        Severity::Warning,
        {failure.name, Dns::typeName(failure.type), Dns::statusToken(failure.status), detail},
        QStringLiteral("RFC 7208 §4.4")};
}

std::optional<FindingText> findingText(const Finding &f)
{
    using namespace FindingId;
    if (f.id == Missing)
        return make(f,
                    Tr::tr("No SPF record"),
                    //: SPF: Sender Policy Framework. %1 is a domain name.
                    Tr::tr("%1 publishes no v=spf1 TXT record, so receivers cannot tell which "
                           "servers may send its mail."),
                    Tr::tr("Publish a TXT record at %1 listing your sending servers, ending in "
                           "-all or ~all."));
    if (f.id == MultipleRecords)
        return make(
            f,
            Tr::tr("Several SPF records"),
            //: %1 is a domain name, %2 a number of records.
            Tr::tr(
                "%1 publishes %2 v=spf1 records; receivers must treat this as a permanent error."),
            Tr::tr("Merge them into a single v=spf1 record."));
    if (f.id == SyntaxError)
        return make(f,
                    Tr::tr("SPF syntax error"),
                    //: %1 domain, %2 the offending term, %3 its character offset in the record.
                    Tr::tr("The SPF record of %1 has an invalid term “%2” at offset %3; the whole "
                           "record is a permanent error."),
                    Tr::tr("Correct or remove the term “%2”."));
    if (f.id == LookupLimit)
        return make(f,
                    Tr::tr("Too many DNS lookups"),
                    //: %1 a count above 10; %2 the list of terms that cause DNS lookups.
                    Tr::tr("Evaluating the record can take %1 DNS-querying terms; above 10 the "
                           "result is a permanent error. Terms: %2"),
                    Tr::tr("Replace includes and a/mx terms by ip4/ip6 ranges, or drop services "
                           "you no longer use."));
    if (f.id == VoidLimit)
        return make(f,
                    Tr::tr("Too many lookups with no answer"),
                    //: %1 a count above 2; %2 the terms whose DNS lookup returned nothing.
                    Tr::tr("%1 terms query names that do not exist or have no address; above 2 "
                           "receivers return a permanent error. Terms: %2"),
                    Tr::tr("Remove the terms that point to names without records."));
    if (f.id == AllPass)
        return make(f,
                    Tr::tr("SPF allows everyone"),
                    //: "+all" is a protocol token, do not translate it.
                    Tr::tr("The record of %1 ends in +all: every server on the Internet may send "
                           "mail as this domain."),
                    Tr::tr("Replace +all by -all (or ~all while you check your senders)."));
    if (f.id == AllNeutral)
        return make(f,
                    Tr::tr("SPF policy is neutral"),
                    //: "?all" is a protocol token, do not translate it.
                    Tr::tr("The record of %1 ends in ?all: unlisted servers get a neutral result, "
                           "which protects nothing."),
                    Tr::tr("End the record with -all, or ~all while you check your senders."));
    if (f.id == NoAll)
        return make(f,
                    Tr::tr("SPF record without a final policy"),
                    Tr::tr("The record of %1 has no all mechanism and no redirect, so unlisted "
                           "servers get a neutral result."),
                    Tr::tr("Add -all (or ~all) at the end of the record."));
    if (f.id == PtrUsed)
        return make(f,
                    Tr::tr("SPF uses the ptr mechanism"),
                    //: "ptr" is a protocol token. %2 is the term.
                    Tr::tr("The record of %1 uses “%2”, which is slow, unreliable and must not be "
                           "used in new records."),
                    Tr::tr("Replace ptr by the ip4/ip6 ranges or a/mx terms of your servers."));
    if (f.id == DeprecatedRrType)
        return make(f,
                    Tr::tr("Deprecated SPF record type"),
                    //: "SPF (type 99)" names a DNS record type.
                    Tr::tr("%1 publishes a DNS record of type SPF (type 99), which receivers no "
                           "longer query."),
                    Tr::tr("Keep the TXT record and remove the type SPF record."));
    if (f.id == Spf2Record)
        return make(f,
                    Tr::tr("Sender ID record"),
                    //: Sender ID is a discontinued protocol; "spf2.0" is a protocol token.
                    Tr::tr("%1 publishes a Sender ID record (%2); Sender ID was abandoned and "
                           "receivers ignore it."),
                    Tr::tr("Remove the spf2.0 record; the v=spf1 record is the one that counts."));
    if (f.id == StringTooLong)
        return make(
            f,
            Tr::tr("TXT string too long"),
            //: %2 is a length in bytes.
            Tr::tr("A string of the SPF record of %1 is %2 bytes long; a DNS TXT string holds at "
                   "most 255."),
            Tr::tr("Split the record into several quoted strings of at most 255 bytes each."));
    if (f.id == AnswerOver512)
        return make(f,
                    Tr::tr("SPF answer larger than 512 bytes"),
                    //: %2 is a size in bytes.
                    Tr::tr("The TXT answer for %1 is about %2 bytes; above 512 some receivers fail "
                           "to fetch it over UDP."),
                    Tr::tr("Shorten the record, or move other TXT records of %1 to subdomains."));
    if (f.id == IncludeWithoutSpf)
        return make(f,
                    Tr::tr("Include of a domain without SPF"),
                    //: %2 is an include term such as include:example.com.
                    Tr::tr("The term “%2” points to %1, which publishes no SPF record: evaluation "
                           "ends in a permanent error."),
                    Tr::tr("Correct the included name or remove the term."));
    if (f.id == WholeAddressSpace)
        return make(f,
                    Tr::tr("SPF authorises every address"),
                    //: %1 a domain, %2 an SPF term such as ip4:0.0.0.0/0 (protocol text)
                    Tr::tr("The term “%2” in the SPF record of %1 matches every IPv4 or IPv6 "
                           "address: as with +all, any server on the Internet may send mail as "
                           "this domain."),
                    Tr::tr("Replace “%2” by the addresses or ranges of your own servers."));
    if (f.id == IncludeLoop)
        return make(
            f,
            Tr::tr("SPF include loop"),
            //: %1 is a chain of domain names.
            Tr::tr(
                "The includes loop back on themselves (%1): evaluation ends in a permanent error."),
            Tr::tr("Remove the include that points back to an earlier domain."));
    return std::nullopt;
}

} // namespace Sceau::Spf
