#include "model/dkim/keycheck.h"

#include "model/core/chain.h"
#include "model/dkim/publickey.h"
#include "model/dns/resolver.h"
#include "model/dns/textescape.h"

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

bool KeyCheckReport::canSign() const
{
    return record && !record->isRevoked() && keyBits > 0 && record->allowsEmail()
           && record->allowsHash(u"sha256") && !hasSeverity(findings, Severity::Error);
}

static Finding
finding(const QString &id, Severity severity, const QStringList &args, const QString &rfc)
{
    return Finding{id, severity, args, rfc};
}

// Values that look like a DKIM key record (the name may also hold other TXT records).
static bool looksLikeKey(const QByteArray &txt)
{
    const QByteArray t = txt.trimmed();
    return t.startsWith("v=DKIM1") || t.contains("p=") || t.contains("k=");
}

KeyCheckReport checkKeyLookup(const QString &domain,
                              const QString &selector,
                              const Dns::LookupResult &lookup,
                              const std::optional<QByteArray> &localPublicKey)
{
    KeyCheckReport report;
    report.domain = domain;
    report.selector = selector;
    report.name = recordName(selector, domain);
    report.lookupStatus = lookup.status;
    QList<Finding> &out = report.findings;
    if (lookup.failed()) { // DESIGN.md §2: could not check, never "missing"
        report.lookupError = lookup.error();
        out << finding(u"dns.lookup-failed"_s,
                       Severity::Warning,
                       {report.name, u"TXT"_s, Dns::statusToken(lookup.status), lookup.detail},
                       {});
        return report;
    }
    QList<QByteArray> candidates;
    for (const Dns::ResourceRecord &rr : lookup.records) {
        report.records << Dns::escapeText(rr.txtJoined()); // shown to people, bytes escaped
        if (looksLikeKey(rr.txtJoined()))
            candidates << rr.txtJoined();
    }
    if (candidates.isEmpty()) {
        out << finding(u"dkim.selector-missing"_s,
                       Severity::Error,
                       {selector, report.name},
                       u"RFC 6376 §3.6.2.1"_s);
        return report;
    }
    if (candidates.size() > 1) // §3.6.2.2: which key a verifier uses is undefined
        out << finding(u"dkim.multiple-records"_s,
                       Severity::Warning,
                       {report.name, QString::number(candidates.size())},
                       u"RFC 6376 §3.6.2.2"_s);
    auto parsed = KeyRecord::parse(candidates.first());
    if (!parsed) {
        out << finding(u"dkim.syntax-error"_s,
                       Severity::Error,
                       {report.name, parsed.error().detail},
                       u"RFC 6376 §3.6.1"_s);
        return report;
    }
    report.record = *parsed;
    const KeyRecord &record = *parsed;
    if (record.isRevoked()) {
        out << finding(
            u"dkim.key-revoked"_s, Severity::Warning, {report.name}, u"RFC 6376 §3.6.1"_s);
        return report;
    }
    auto key = PublicKey::fromRecordData(*record.algorithm(), record.publicKey);
    if (!key) {
        out << finding(u"dkim.key-invalid"_s,
                       Severity::Error,
                       {report.name, key.error().detail},
                       u"RFC 6376 §3.6.1"_s);
        return report;
    }
    report.keyBits = key->bits();
    const QString bits = QString::number(report.keyBits);
    if (key->algorithm() == KeyAlgorithm::Rsa) {
        if (report.keyBits < 1024) // RFC 8301 §3.2: verifiers must reject such keys
            out << finding(u"dkim.key-too-short"_s, Severity::Error, {bits}, u"RFC 8301 §3.2"_s);
        else if (report.keyBits < 2048) // RFC 8301 §3.2: signers should use at least 2048 bits
            out << finding(u"dkim.key-weak"_s, Severity::Warning, {bits}, u"RFC 8301 §3.2"_s);
        else
            out << finding(
                u"dkim.key-ok"_s, Severity::Ok, {record.keyType, bits}, u"RFC 8301 §3.2"_s);
    } else { // RFC 8463 §5: many verifiers know only RSA; sign with both
        out << finding(u"dkim.key-ok"_s, Severity::Ok, {record.keyType, bits}, u"RFC 8463 §3"_s);
        out << finding(u"dkim.ed25519-only"_s, Severity::Info, {report.name}, u"RFC 8463 §5"_s);
    }
    if (record.isTesting())
        out << finding(
            u"dkim.testing-mode"_s, Severity::Warning, {report.name}, u"RFC 6376 §3.6.1"_s);
    if (!record.allowsHash(u"sha256")) // RFC 8301 §3.1: SHA-1 signatures are not valid
        out << finding(u"dkim.sha1-only"_s, Severity::Error, {report.name}, u"RFC 8301 §3.1"_s);
    if (!record.allowsEmail())
        out << finding(u"dkim.service-not-email"_s,
                       Severity::Error,
                       {report.name, record.serviceTypes.join(u':')},
                       u"RFC 6376 §3.6.1"_s);
    if (localPublicKey) {
        auto local = PublicKey::fromRecordData(*record.algorithm(), *localPublicKey);
        report.matchesLocalKey = local && local->spkiDer() == key->spkiDer();
        if (*report.matchesLocalKey)
            out << finding(u"dkim.key-matches"_s, Severity::Ok, {report.name}, {});
        else
            out << finding(u"dkim.key-mismatch"_s, Severity::Error, {report.name}, {});
    }
    return report;
}

QFuture<KeyCheckReport> checkPublishedKey(Dns::Resolver *resolver,
                                          QObject *context,
                                          const QString &domain,
                                          const QString &selector,
                                          const std::optional<QByteArray> &localPublicKey)
{
    const auto valid = validateSelector(selector, domain);
    if (!valid) { // no lookup: such a name cannot exist in the DNS
        KeyCheckReport report;
        report.domain = domain;
        report.selector = selector;
        report.name = recordName(selector, domain);
        report.lookupStatus = Dns::LookupStatus::NxDomain;
        report.findings = {Finding{u"dkim.syntax-error"_s,
                                   Severity::Error,
                                   {report.name, valid.error().detail},
                                   u"RFC 6376 §3.1"_s}};
        return QtFuture::makeReadyFuture(report);
    }
    return chain(resolver->lookup(recordName(*valid, domain), Dns::RrType::TXT),
                 context,
                 [domain, selector = *valid, localPublicKey](const Dns::LookupResult &lookup) {
                     return checkKeyLookup(domain, selector, lookup, localPublicKey);
                 });
}

} // namespace Sceau::Dkim
