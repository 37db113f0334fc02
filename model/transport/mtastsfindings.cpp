#include "model/transport/mtastsfindings.h"

#include "model/transport/tr.h"

#include <QHash>

#include <functional>

namespace Sceau::Transport {

namespace {
QString a(const Finding &f, int index)
{
    return f.args.value(index);
}

// The reason of mta-sts.mx-cert-invalid in words (MxCertReason tokens).
QString mxCertReasonText(const Finding &f)
{
    const QString reason = a(f, 1);
    if (reason == MxCertReason::NoCertificate)
        return Tr::tr("no TLS certificate was seen");
    if (reason == MxCertReason::Expired)
        return Tr::tr("its certificate has expired");
    if (reason == MxCertReason::Untrusted)
        //: %1 the certificate verifier's own words (OpenSSL, in English)
        return Tr::tr("its certificate is not trusted (%1)").arg(a(f, 2));
    if (reason == MxCertReason::NameMismatch)
        //: %1 an MX host
        return Tr::tr("its certificate is not for %1").arg(a(f, 0));
    return reason;
}
} // namespace

std::optional<FindingText> mtaStsFindingText(const Finding &finding)
{
    using Make = std::function<FindingText(const Finding &)>;
    static const QHash<QString, Make> texts = {
        {MtaStsId::NoRecord,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a domain; MTA-STS is a protocol name
                 Tr::tr("No MTA-STS record for %1").arg(a(f, 0)),
                 Tr::tr("%1 publishes no _mta-sts record: senders may deliver to it in plaintext "
                        "or to a forged MX without noticing.")
                     .arg(a(f, 0)),
                 Tr::tr("Publish a policy file at https://mta-sts.%1/.well-known/mta-sts.txt and "
                        "a TXT record \"v=STSv1; id=…\" at _mta-sts.%1, starting in testing mode.")
                     .arg(a(f, 0))};
         }},
        {MtaStsId::MultipleRecords,
         [](const Finding &f) {
             return FindingText{Tr::tr("Several MTA-STS records for %1").arg(a(f, 0)),
                                //: %1 the records as published
                                Tr::tr("More than one TXT record begins with v=STSv1 (%1): "
                                       "senders then ignore MTA-STS altogether.")
                                    .arg(a(f, 1)),
                                Tr::tr("Keep exactly one v=STSv1 record at _mta-sts.")};
         }},
        {MtaStsId::InvalidRecord,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Invalid MTA-STS record"),
                 //: %1 the record, %2 the reason
                 Tr::tr("The record \"%1\" cannot be used: %2.").arg(a(f, 0), a(f, 1)),
                 Tr::tr("Write it as \"v=STSv1; id=\" followed by 1 to 32 letters "
                        "and digits.")};
         }},
        {MtaStsId::NoPolicyHost,
         [](const Finding &f) {
             return FindingText{Tr::tr("The MTA-STS policy host %1 does not exist").arg(a(f, 0)),
                                Tr::tr("%1 has no address, so senders cannot fetch the policy "
                                       "that the record announces.")
                                    .arg(a(f, 0)),
                                Tr::tr("Point %1 at a web server that serves the policy over "
                                       "HTTPS.")
                                    .arg(a(f, 0))};
         }},
        {MtaStsId::PolicyTls,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("TLS failed when fetching the MTA-STS policy"),
                 //: %1 a URL, %2 the TLS error
                 Tr::tr("The TLS handshake with %1 failed: %2.").arg(a(f, 0), a(f, 1)),
                 Tr::tr("Serve the policy over TLS 1.2 or later.")};
         }},
        {MtaStsId::PolicyCertificate,
         [](const Finding &f) {
             return FindingText{Tr::tr("Invalid certificate on %1").arg(a(f, 0)),
                                //: %1 a host, %2 why its certificate is refused
                                Tr::tr("%1 presents a certificate senders refuse (%2), so they "
                                       "cannot fetch the policy.")
                                    .arg(a(f, 0), a(f, 1)),
                                Tr::tr("Install a certificate from a public authority that names "
                                       "%1.")
                                    .arg(a(f, 0))};
         }},
        {MtaStsId::PolicyRedirect,
         [](const Finding &f) {
             return FindingText{Tr::tr("The MTA-STS policy URL redirects"),
                                //: %1 a URL, %2 where it redirects to
                                Tr::tr("%1 answers with a redirect to %2; senders must not follow "
                                       "it.")
                                    .arg(a(f, 0), a(f, 1)),
                                Tr::tr("Serve the policy file directly at this URL.")};
         }},
        {MtaStsId::PolicyHttpStatus,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("The MTA-STS policy could not be fetched"),
                 //: %1 a URL, %2 an HTTP status code
                 Tr::tr("%1 answered with HTTP status %2 instead of 200.").arg(a(f, 0), a(f, 1)),
                 Tr::tr("Serve the policy file at this URL.")};
         }},
        {MtaStsId::PolicyContentType,
         [](const Finding &f) {
             return FindingText{Tr::tr("The MTA-STS policy is not text/plain"),
                                //: %1 a URL, %2 a media type
                                Tr::tr("%1 is served as \"%2\"; senders only accept text/plain.")
                                    .arg(a(f, 0), a(f, 1)),
                                Tr::tr("Serve the file with Content-Type: text/plain.")};
         }},
        {MtaStsId::PolicyTooLarge,
         [](const Finding &f) {
             return FindingText{Tr::tr("The MTA-STS policy is too large"),
                                //: %1 a URL, %2 a number of bytes
                                Tr::tr("%1 is larger than %2 bytes; senders stop reading it.")
                                    .arg(a(f, 0), a(f, 1)),
                                Tr::tr("Keep the policy file short: version, mode, mx lines and "
                                       "max_age.")};
         }},
        {MtaStsId::PolicyMalformed,
         [](const Finding &f) {
             return FindingText{Tr::tr("The MTA-STS policy host does not answer in HTTP"),
                                Tr::tr("%1: %2.").arg(a(f, 0), a(f, 1)),
                                Tr::tr("Check the web server of the policy host.")};
         }},
        {MtaStsId::PolicyInvalid,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Invalid MTA-STS policy"),
                 //: %1 a URL, %2 the reason
                 Tr::tr("The policy at %1 cannot be used: %2.").arg(a(f, 0), a(f, 1)),
                 Tr::tr("Write version: STSv1, a mode, one mx line per MX pattern "
                        "and max_age, one per line.")};
         }},
        {MtaStsId::PolicyValid,
         [](const Finding &f) {
             return FindingText{//: %1 a mode token (enforce, testing, none)
                                Tr::tr("MTA-STS policy in mode %1").arg(a(f, 0)),
                                Tr::tr("The record and the policy file are valid."),
                                {}};
         }},
        {MtaStsId::ModeTesting,
         [](const Finding &) {
             return FindingText{Tr::tr("MTA-STS is in testing mode"),
                                Tr::tr("Senders report failures (TLS-RPT) but still deliver "
                                       "when TLS fails."),
                                Tr::tr("Once the TLS reports show no failures, switch to mode "
                                       "enforce and change the record's id.")};
         }},
        {MtaStsId::ModeNone,
         [](const Finding &) {
             return FindingText{Tr::tr("MTA-STS is switched off (mode none)"),
                                Tr::tr("The policy asks nothing of senders."),
                                Tr::tr("Use mode testing, then enforce.")};
         }},
        {MtaStsId::MaxAgeShort,
         [](const Finding &f) {
             return FindingText{Tr::tr("Short MTA-STS max_age"),
                                //: %1 a number of seconds
                                Tr::tr("Senders keep the policy only %1 seconds, which leaves "
                                       "little protection between fetches.")
                                    .arg(a(f, 0)),
                                Tr::tr("Use a max_age of at least a week (604800) once the "
                                       "policy is stable.")};
         }},
        {MtaStsId::MxCovered,
         [](const Finding &f) {
             return FindingText{//: %1 an MX host, %2 a policy pattern
                                Tr::tr("%1 is covered by the pattern %2").arg(a(f, 0), a(f, 1)),
                                {},
                                {}};
         }},
        {MtaStsId::MxNotCovered,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("%1 is not in the MTA-STS policy").arg(a(f, 0)),
                 //: %1 an MX host, %2 the policy's patterns
                 Tr::tr("No mx pattern of the policy (%2) matches %1: senders "
                        "that enforce the policy will not deliver to it.")
                     .arg(a(f, 0), a(f, 1)),
                 Tr::tr("Add an mx line for %1 and change the record's id.").arg(a(f, 0))};
         }},
        {MtaStsId::MxCertValid,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("%1 has a valid certificate for MTA-STS").arg(a(f, 0)), {}, {}};
         }},
        {MtaStsId::MxCertInvalid,
         [](const Finding &f) {
             return FindingText{Tr::tr("%1 fails the MTA-STS certificate check").arg(a(f, 0)),
                                //: %1 an MX host, %2 why its certificate is refused
                                Tr::tr("Senders applying the policy refuse %1: %2.")
                                    .arg(a(f, 0), mxCertReasonText(f)),
                                Tr::tr("Install a certificate from a public authority that names "
                                       "%1.")
                                    .arg(a(f, 0))};
         }},
        {MtaStsId::PolicyUnreachable,
         [](const Finding &f) {
             return FindingText{Tr::tr("Could not fetch the MTA-STS policy"),
                                //: %1 a URL, %2 the network error
                                Tr::tr("%1 could not be reached (%2); this says nothing about "
                                       "whether the policy is right.")
                                    .arg(a(f, 0), a(f, 1)),
                                Tr::tr("Check again later, or from another network.")};
         }},
    };
    const auto it = texts.constFind(finding.id);
    if (it == texts.cend())
        return std::nullopt;
    return it.value()(finding);
}

} // namespace Sceau::Transport
