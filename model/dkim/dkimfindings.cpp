#include "model/dkim/dkimfindings.h"

#include "model/dkim/tr.h"

#include <QHash>

#include <functional>

namespace Sceau::Dkim {

namespace {
QString arg(const Finding &finding, int index)
{
    return finding.args.value(index);
}
} // namespace

std::optional<FindingText> findingText(const Finding &finding)
{
    using Make = std::function<FindingText(const Finding &)>;
    static const QHash<QString, Make> texts = {
        {QStringLiteral("dkim.selector-missing"),
         [](const Finding &f) {
             return FindingText{
                 //: %1 is a DKIM selector
                 Tr::tr("No DKIM key for selector %1").arg(arg(f, 0)),
                 //: %1 is the record name <selector>._domainkey.<domain>
                 Tr::tr("Nothing is published at %1: signatures made with this selector cannot be "
                        "verified.")
                     .arg(arg(f, 1)),
                 Tr::tr("Publish the selector's public key, or check the selector's spelling.")};
         }},
        {QStringLiteral("dkim.key-ok"),
         [](const Finding &f) {
             //: %1 is a key type (rsa, ed25519), %2 a size in bits
             return FindingText{Tr::tr("DKIM key: %1, %2 bits").arg(arg(f, 0), arg(f, 1)),
                                Tr::tr("The published key has a sound type and size."),
                                QString()};
         }},
        {QStringLiteral("dkim.key-too-short"),
         [](const Finding &f) {
             return FindingText{
                 //: %1 is a size in bits
                 Tr::tr("DKIM key too short (%1 bits)").arg(arg(f, 0)),
                 Tr::tr("RSA keys under 1024 bits are rejected by verifiers: every signature made "
                        "with this key fails."),
                 Tr::tr(
                     "Generate a 2048-bit RSA key (or Ed25519 alongside RSA), publish it under a "
                     "new selector and switch signing to it.")};
         }},
        {QStringLiteral("dkim.key-weak"),
         [](const Finding &f) {
             return FindingText{
                 //: %1 is a size in bits
                 Tr::tr("Weak DKIM key (%1 bits)").arg(arg(f, 0)),
                 Tr::tr("A 1024-bit RSA key is still accepted but can be factored by a determined "
                        "attacker; 2048 bits is the recommended minimum."),
                 Tr::tr("Rotate to a 2048-bit RSA key under a new selector.")};
         }},
        {QStringLiteral("dkim.key-revoked"),
         [](const Finding &f) {
             return FindingText{
                 //: %1 is a DNS name
                 Tr::tr("DKIM key revoked at %1").arg(arg(f, 0)),
                 Tr::tr(
                     "The record has an empty p= tag: the key was withdrawn, and signatures with "
                     "this selector fail."),
                 Tr::tr("If this selector is still used for signing, publish a new key and move "
                        "signing to it; otherwise nothing is needed.")};
         }},
        {QStringLiteral("dkim.key-invalid"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Unusable DKIM key at %1").arg(arg(f, 0)),
                 //: %1 is a technical detail
                 Tr::tr("The p= value is not a valid public key (%1); every signature fails.")
                     .arg(arg(f, 1)),
                 Tr::tr("Publish the public key again, copying the whole value, in one or several "
                        "quoted strings.")};
         }},
        {QStringLiteral("dkim.key-matches"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("The key at %1 matches the local private key").arg(arg(f, 0)),
                 Tr::tr("Messages signed with the local key will verify."),
                 QString()};
         }},
        {QStringLiteral("dkim.key-mismatch"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("The key at %1 does not match the local private key").arg(arg(f, 0)),
                 Tr::tr("Messages signed with the local key will fail verification."),
                 Tr::tr("Publish the public key of the local private key, or sign with the private "
                        "key that belongs to the published one.")};
         }},
        {QStringLiteral("dkim.testing-mode"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DKIM key in testing mode at %1").arg(arg(f, 0)),
                 Tr::tr("The record has t=y: verifiers may treat signatures as unsigned mail."),
                 Tr::tr("Remove t=y once signing works.")};
         }},
        {QStringLiteral("dkim.sha1-only"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DKIM key restricted to SHA-1 at %1").arg(arg(f, 0)),
                 Tr::tr("The record has h=sha1: only rsa-sha1 signatures may use it, and verifiers "
                        "no longer accept those."),
                 Tr::tr("Remove the h= tag, or set h=sha256, and sign with rsa-sha256.")};
         }},
        {QStringLiteral("dkim.service-not-email"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DKIM key not usable for email at %1").arg(arg(f, 0)),
                 //: %1 is the s= value of the record
                 Tr::tr("The record's service types (s=%1) do not include email.").arg(arg(f, 1)),
                 Tr::tr("Remove the s= tag, or set s=email.")};
         }},
        {QStringLiteral("dkim.syntax-error"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Invalid DKIM key record at %1").arg(arg(f, 0)),
                 //: %1 is a technical detail
                 Tr::tr("The record cannot be parsed: %1. Verifiers ignore it.").arg(arg(f, 1)),
                 Tr::tr("Publish a record of the form “v=DKIM1; k=rsa; p=…”.")};
         }},
        {QStringLiteral("dkim.multiple-records"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Several DKIM key records at %1").arg(arg(f, 0)),
                 Tr::tr("%n key records are published; which one a verifier uses is undefined.",
                        nullptr,
                        arg(f, 1).toInt()),
                 Tr::tr("Keep exactly one key record per selector.")};
         }},
        {QStringLiteral("dkim.ed25519-only"),
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Ed25519 key at %1").arg(arg(f, 0)),
                 Tr::tr("Many verifiers do not support Ed25519 yet and treat these signatures as "
                        "absent."),
                 Tr::tr("Also sign with an RSA key under another selector.")};
         }},
    };
    const auto it = texts.constFind(finding.id);
    if (it == texts.constEnd())
        return std::nullopt;
    return (*it)(finding);
}

} // namespace Sceau::Dkim
