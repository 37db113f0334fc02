#include "model/bimi/bimifindings.h"

#include "model/bimi/tr.h"

#include <QHash>

namespace Sceau::Bimi {

using namespace Qt::StringLiterals;

namespace {
// %1…%9 replaced by the finding's arguments (absent ones by nothing), in one pass.
QString fill(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1'
            && text.at(i + 1) <= u'9') {
            out += args.value(text.at(i + 1).unicode() - u'1');
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QHash<QString, FindingText> build()
{
    // clang-format off
    return {
        {u"bimi.no-record"_s, {Tr::tr("No BIMI record"), Tr::tr("%1 has no v=BIMI1 record, at the domain nor at its organisational domain: receivers show no logo."), Tr::tr("Publish \"v=BIMI1; l=https://…/logo.svg; a=https://…/vmc.pem\" once DMARC enforces.")}},
        //: %1 a DNS name, %2 the records
        {u"bimi.multiple-records"_s, {Tr::tr("Several BIMI records"), Tr::tr("%1 has more than one v=BIMI1 record (%2): receivers use none."), Tr::tr("Keep exactly one v=BIMI1 record per selector.")}},
        //: %1 the record, %2 the reason
        {u"bimi.invalid-record"_s, {Tr::tr("Invalid BIMI record"), Tr::tr("The record \"%1\" cannot be used: %2."), Tr::tr("Write it as \"v=BIMI1; l=<https URL of the SVG>; a=<https URL of the certificate>\".")}},
        {u"bimi.record-valid"_s, {Tr::tr("BIMI record at %1"), {}, {}}},
        {u"bimi.declined"_s, {Tr::tr("The domain declines BIMI"), Tr::tr("The record at %1 has empty l= and a=: the domain asks receivers to show no logo."), {}}},
        {u"bimi.no-logo"_s, {Tr::tr("No logo URL"), Tr::tr("The record has a certificate but an empty l=: receivers have no logo to show."), Tr::tr("Set l= to the https URL of the SVG Tiny PS logo.")}},
        {u"bimi.no-certificate"_s, {Tr::tr("No mark certificate"), Tr::tr("The record has no a= URL: most mailbox providers (Gmail, Apple Mail) show a logo only with a Verified or Common Mark Certificate."), Tr::tr("Obtain a VMC or CMC and set a= to the https URL of its PEM file.")}},
        //: %1 the tag as published
        {u"bimi.unknown-tag"_s, {Tr::tr("Unknown tag %1"), Tr::tr("Receivers ignore this tag."), {}}},
        //: %1 a URL, %2 what happened (token), %3 technical detail
        {u"bimi.fetch-failed"_s, {Tr::tr("Could not fetch %1"), Tr::tr("%1 could not be reached (%2: %3): whether it is right is unknown."), Tr::tr("Check again later, or from another network.")}},
        //: %1 a URL, %2 what happened (token), %3 technical detail, %4 HTTP status
        {u"bimi.fetch-error"_s, {Tr::tr("Receivers cannot fetch %1"), Tr::tr("Fetching %1 failed (%2, HTTP %4): %3. Receivers follow no redirect and need a valid certificate."), Tr::tr("Serve the file over HTTPS with a publicly trusted certificate, status 200, at that exact URL.")}},
        {u"bimi.dmarc-could-not-check"_s, {Tr::tr("DMARC of %1 could not be determined"), Tr::tr("Whether %1 enforces DMARC is unknown, so BIMI eligibility is unknown."), Tr::tr("Check again when DNS answers.")}},
        {u"bimi.dmarc-missing"_s, {Tr::tr("%1 has no DMARC policy"), Tr::tr("BIMI requires DMARC at enforcement; %1 publishes no DMARC record."), Tr::tr("Publish a DMARC record and raise it to p=quarantine or p=reject.")}},
        //: %1 a domain, %2 its policy (none, quarantine, reject)
        {u"bimi.dmarc-not-enforcing"_s, {Tr::tr("DMARC of %1 does not enforce"), Tr::tr("%1 publishes p=%2; BIMI requires p=quarantine or p=reject."), Tr::tr("Raise the policy to p=quarantine or p=reject (the DMARC wizard plans the steps).")}},
        {u"bimi.dmarc-test-mode"_s, {Tr::tr("DMARC of %1 is in test mode"), Tr::tr("%1 publishes t=y: the policy is not applied, so receivers show no logo."), Tr::tr("Remove t=y once reports show aligned mail passes.")}},
        //: %1 a domain, %2 a percentage
        {u"bimi.dmarc-partial"_s, {Tr::tr("DMARC of %1 applies to part of the mail"), Tr::tr("%1 publishes the legacy pct=%2: BIMI requires the policy on all mail."), Tr::tr("Remove pct= (RFC 9989 dropped it).")}},
        //: %1 the author domain, %2 the organisational domain, %3 its sp= policy
        {u"bimi.dmarc-subdomain-not-enforcing"_s, {Tr::tr("DMARC does not enforce for %1"), Tr::tr("%1 has no DMARC record of its own and inherits sp=%3 from %2; BIMI requires an enforcing policy."), Tr::tr("Set sp=quarantine or sp=reject at %2, or publish an enforcing record at %1.")}},
        {u"bimi.dmarc-enforcing"_s, {Tr::tr("DMARC enforces for %1"), {}, {}}},
        //: %1 size in bytes, %2 the limit
        {u"bimi.svg-too-large"_s, {Tr::tr("The logo is too large"), Tr::tr("The SVG is %1 bytes; receivers may refuse more than %2."), Tr::tr("Simplify the paths or remove metadata.")}},
        {u"bimi.svg-doctype"_s, {Tr::tr("The logo has a DOCTYPE"), Tr::tr("SVG Tiny PS has no DTD; the check stopped there."), Tr::tr("Remove the <!DOCTYPE …> declaration.")}},
        {u"bimi.svg-too-complex"_s, {Tr::tr("The logo is too complex"), Tr::tr("More than %1 elements or %2 levels of nesting; the check stopped."), Tr::tr("Flatten the drawing.")}},
        {u"bimi.svg-root"_s, {Tr::tr("The logo is not an SVG document"), Tr::tr("The root element is %1, not svg in the SVG namespace."), Tr::tr("Export the logo as SVG Tiny 1.2 Portable/Secure.")}},
        {u"bimi.svg-not-xml"_s, {Tr::tr("The logo is not well-formed XML"), Tr::tr("The XML parser stopped: %1."), Tr::tr("Export the logo again as SVG Tiny PS.")}},
        {u"bimi.svg-no-title"_s, {Tr::tr("The logo has no <title>"), Tr::tr("SVG Tiny PS requires a <title> child of the root, the brand's name."), Tr::tr("Add <title>Brand name</title> right after <svg>.")}},
        {u"bimi.svg-valid"_s, {Tr::tr("The logo is valid SVG Tiny PS"), {}, {}}},
        {u"bimi.svg-version"_s, {Tr::tr("Wrong SVG version"), Tr::tr("The root has version=\"%1\"; SVG Tiny PS requires version=\"1.2\"."), Tr::tr("Set version=\"1.2\" on <svg>.")}},
        {u"bimi.svg-base-profile"_s, {Tr::tr("Wrong SVG profile"), Tr::tr("The root has baseProfile=\"%1\"; BIMI requires baseProfile=\"tiny-ps\"."), Tr::tr("Set baseProfile=\"tiny-ps\" on <svg>.")}},
        {u"bimi.svg-root-position"_s, {Tr::tr("The logo root has x or y"), Tr::tr("SVG Tiny PS forbids x and y on the root element."), Tr::tr("Remove x= and y= from <svg>.")}},
        {u"bimi.svg-no-viewbox"_s, {Tr::tr("The logo has no viewBox"), Tr::tr("Receivers scale the logo into a square by its viewBox."), Tr::tr("Add viewBox=\"0 0 N N\" to <svg>.")}},
        {u"bimi.svg-viewbox-invalid"_s, {Tr::tr("Invalid viewBox"), Tr::tr("viewBox=\"%1\" is not four numbers with a positive width and height."), Tr::tr("Write viewBox=\"0 0 N N\".")}},
        {u"bimi.svg-viewbox-not-square"_s, {Tr::tr("The logo is not square"), Tr::tr("viewBox=\"%1\": width and height differ; receivers show the logo in a square or circle."), Tr::tr("Center the logo on a square canvas.")}},
        //: %1 an element name
        {u"bimi.svg-forbidden-element"_s, {Tr::tr("Forbidden element <%1>"), Tr::tr("SVG Tiny PS forbids scripts, animation, raster images, links and foreign content."), Tr::tr("Remove <%1> (embed vector shapes only).")}},
        {u"bimi.svg-element-not-allowed"_s, {Tr::tr("Element <%1> is not in SVG Tiny PS"), Tr::tr("The SVG Tiny PS schema has no such element."), Tr::tr("Remove it or export as SVG Tiny 1.2.")}},
        //: %1 an attribute, %2 its value
        {u"bimi.svg-external-reference"_s, {Tr::tr("External reference in %1"), Tr::tr("%1=\"%2\" refers outside the document, which SVG Tiny PS forbids."), Tr::tr("Keep every reference inside the file (\"#id\").")}},
        //: %1 an attribute, %2 an element
        {u"bimi.svg-attribute-not-allowed"_s, {Tr::tr("Attribute %1 is not allowed on <%2>"), Tr::tr("The SVG Tiny PS schema does not allow this attribute there."), Tr::tr("Remove it (style= must become presentation attributes).")}},
        {u"bimi.vmc-unreadable"_s, {Tr::tr("No certificate in the file"), Tr::tr("No PEM certificate could be read (or more than the limit)."), Tr::tr("Serve the certificate chain as PEM, the mark certificate first.")}},
        {u"bimi.vmc-no-mark-eku"_s, {Tr::tr("Not a mark certificate"), Tr::tr("The certificate lacks the BIMI extended key usage %1."), Tr::tr("Use the VMC or CMC issued by a Mark Verifying Authority.")}},
        {u"bimi.vmc-no-logotype"_s, {Tr::tr("The certificate has no logo"), Tr::tr("There is no logotype extension (RFC 9399) in the certificate."), Tr::tr("Use the VMC or CMC issued for the logo.")}},
        {u"bimi.vmc-logotype-invalid"_s, {Tr::tr("Unreadable logo in the certificate"), Tr::tr("The logotype extension cannot be read: %1."), Tr::tr("Ask the issuer for a corrected certificate.")}},
        {u"bimi.vmc-logotype-svg-invalid"_s, {Tr::tr("The certificate's logo is not SVG Tiny PS"), Tr::tr("The SVG inside the certificate fails the SVG Tiny PS check."), {}}},
        {u"bimi.vmc-logo-matches"_s, {Tr::tr("The logo matches the certificate"), {}, {}}},
        {u"bimi.vmc-logo-mismatch"_s, {Tr::tr("The logo differs from the certificate's"), Tr::tr("The SVG at l= is not the one embedded in the certificate: receivers refuse to show it."), Tr::tr("Serve at l= exactly the SVG that was certified.")}},
        {u"bimi.vmc-domain-covered"_s, {Tr::tr("The certificate covers %1"), {}, {}}},
        //: %1 a domain, %2 the names in the certificate
        {u"bimi.vmc-domain-not-covered"_s, {Tr::tr("The certificate does not cover %1"), Tr::tr("Its subjectAltName lists %2, not %1."), Tr::tr("Have %1 added to the certificate.")}},
        {u"bimi.vmc-not-yet-valid"_s, {Tr::tr("The certificate is not valid yet"), Tr::tr("It is valid from %1."), {}}},
        {u"bimi.vmc-expired"_s, {Tr::tr("The certificate has expired"), Tr::tr("It expired on %1; receivers show no logo."), Tr::tr("Renew the mark certificate.")}},
        //: %1 a date, %2 a number of days
        {u"bimi.vmc-expires-soon"_s, {Tr::tr("The certificate expires soon"), Tr::tr("It expires on %1, in %2 days."), Tr::tr("Renew the mark certificate now.")}},
        {u"bimi.vmc-trusted"_s, {Tr::tr("The certificate chains to a Mark Verifying Authority"), {}, {}}},
        //: %1 the reason given by OpenSSL
        {u"bimi.vmc-untrusted"_s, {Tr::tr("The certificate does not chain to a Mark Verifying Authority"), Tr::tr("Path validation failed: %1."), Tr::tr("Serve the full chain (mark certificate, then intermediates) from an authorised issuer.")}},
    };
    // clang-format on
}
} // namespace

std::optional<FindingText> bimiFindingText(const Finding &finding)
{
    if (!finding.id.startsWith(QLatin1StringView("bimi.")))
        return std::nullopt;
    const QHash<QString, FindingText> texts = build(); // now, in the current language
    const auto it = texts.constFind(finding.id);
    if (it == texts.cend())
        return std::nullopt;
    return FindingText{fill(it->title, finding.args),
                       fill(it->explanation, finding.args),
                       fill(it->remediation, finding.args)};
}

} // namespace Sceau::Bimi
