#include "model/transport/danefindings.h"

#include "model/dns/lookupfinding.h"
#include "model/transport/danecheck.h"
#include "model/transport/tr.h"
#include "model/transport/transportfindings.h"

#include <QHash>

#include <functional>

namespace Sceau::Transport {

using Dns::DnssecStatus;
namespace Id = DaneFindingId;

namespace {
// "RFC 7672 §2.2" from the section alone: where the rule is (the one RFC of DANE for SMTP).
QString rfc7672(const char *section)
{
    return QStringLiteral("RFC 7672 §") + QString::fromUtf8(section);
}

Finding make(const QString &id, Severity severity, QStringList args, const QString &rfc)
{
    return Finding{id, severity, std::move(args), rfc};
}

QString arg(const Finding &finding, int index)
{
    return finding.args.value(index);
}

// What each record said of one address: "3 1 1 ab…: not-matched; 2 1 1 cd…: chain-invalid".
QString verdicts(const DaneHost &host, const DaneAddress &address)
{
    QStringList parts;
    for (qsizetype i = 0; i < address.matches.size() && i < host.records.size(); ++i) {
        const TlsaMatch &match = address.matches.at(i);
        QString part = QStringLiteral("%1: %2").arg(host.records.at(i).toText(),
                                                    TlsaVerdicts.token(match.verdict));
        if (!match.detail.isEmpty())
            part += QStringLiteral(" (%1)").arg(match.detail);
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

void addressFindings(const DaneHost &host,
                     const DaneOptions &options,
                     const QDateTime &now,
                     QList<Finding> &findings)
{
    for (const DaneAddress &address : host.addresses) {
        const QString server = serverLabel(address.endpoint);
        if (address.attempt.couldNotTest()) {
            findings << make(
                FindingId::CouldNotTest, Severity::Warning, {server, address.attempt.detail}, {});
        } else if (address.attempt.outcome != SmtpTlsAttempt::Outcome::Encrypted) {
            // RFC 7672 §2.2: with usable TLSA records, a DANE client delivers only over TLS.
            const QString detail = address.attempt.handshake.detail.isEmpty()
                                       ? address.attempt.detail
                                       : address.attempt.handshake.detail;
            findings << make(Id::NoTls, Severity::Error, {server, detail}, rfc7672("2.2"));
        } else if (!address.matchesTlsa()) {
            findings << make(
                Id::Mismatch, Severity::Error, {server, verdicts(host, address)}, rfc7672("3.1"));
        } else {
            QStringList matched;
            for (qsizetype i = 0; i < address.matches.size(); ++i) {
                if (address.matches.at(i).verdict == TlsaMatch::Verdict::Matched)
                    matched << host.records.value(i).toText();
            }
            findings << make(Id::Match,
                             Severity::Ok,
                             {server, matched.join(QStringLiteral(", "))},
                             rfc7672("3.1"));
            const qint64 days = address.expires ? now.daysTo(*address.expires) : -1;
            if (address.expires && days < options.warnDays)
                findings << make(Id::RolloverDue,
                                 Severity::Warning,
                                 {server, QString::number(days)},
                                 QStringLiteral("RFC 7671 §8.1"));
        }
    }
}

// RFC 7671 §8.1: the records must match the next certificate before it is deployed. A DANE-EE
// record must have its data; a DANE-TA record that authenticates today is taken to survive a
// new leaf from the same issuer.
bool nextCertificateCovered(const DaneHost &host, const QByteArray &next)
{
    for (qsizetype i = 0; i < host.records.size(); ++i) {
        const TlsaRecord &record = host.records.at(i);
        if (record.usage == quint8(TlsaUsage::DaneEe) && certificateHasData(record, next))
            return true;
        if (record.usage == quint8(TlsaUsage::DaneTa)) {
            for (const DaneAddress &address : host.addresses) {
                if (address.matches.value(i).verdict == TlsaMatch::Verdict::Matched)
                    return true;
            }
        }
    }
    return false;
}
} // namespace

QList<Finding> domainFindings(const QString &domain, const Dns::DnssecLookup &mx)
{
    switch (mx.status) {
    case DnssecStatus::Secure:
        return {make(Id::DomainSecure, Severity::Ok, {domain}, rfc7672("2.2.1"))};
    case DnssecStatus::Insecure:
        return {make(Id::DomainInsecure, Severity::Warning, {domain}, rfc7672("2.2.1"))};
    case DnssecStatus::Bogus:
        return {make(Id::DomainBogus,
                     Severity::Error,
                     {domain, mx.lookup.detail},
                     QStringLiteral("RFC 4035 §5.5"))};
    case DnssecStatus::CouldNotCheck:
        break;
    }
    return {Dns::lookupFailedFinding(mx.lookup)};
}

QList<Finding> hostFindings(const DaneHost &host, const DaneOptions &options, const QDateTime &now)
{
    QList<Finding> findings;
    for (const Dns::DnssecLookup *lookup : {&host.a, &host.aaaa}) {
        if (lookup->status == DnssecStatus::CouldNotCheck)
            findings << Dns::lookupFailedFinding(lookup->lookup);
    }
    if (host.addressStatus() == DnssecStatus::Bogus)
        findings << make(
            Id::HostBogus, Severity::Error, {host.host}, QStringLiteral("RFC 4035 §5.5"));
    switch (host.tlsa.status) {
    case DnssecStatus::CouldNotCheck: // never "no DANE": the records' existence is unknown
        findings << Dns::lookupFailedFinding(host.tlsa.lookup);
        return findings;
    case DnssecStatus::Bogus: // RFC 7672 §2.2: a DANE client defers the mail
        findings << make(Id::TlsaBogus, Severity::Error, {host.host}, rfc7672("2.2"));
        return findings;
    case DnssecStatus::Insecure:
    case DnssecStatus::Secure:
        break;
    }
    if (host.tlsa.lookup.records.isEmpty()) {
        findings << make(Id::NoTlsa, Severity::Info, {host.host}, rfc7672("2.2"));
        return findings;
    }
    if (host.tlsa.status == DnssecStatus::Insecure) { // RFC 7672 §2.2: not in force
        findings << make(Id::TlsaInsecure, Severity::Warning, {host.host}, rfc7672("2.2"));
        return findings;
    }
    if (host.addressStatus() == DnssecStatus::Insecure)
        findings << make(Id::HostInsecure, Severity::Warning, {host.host}, rfc7672("2.2.2"));
    for (const QString &rdata : host.invalidRecords)
        findings << make(Id::InvalidRecord,
                         Severity::Warning,
                         {host.host, rdata},
                         QStringLiteral("RFC 6698 §2"));
    bool usable = false;
    for (const TlsaRecord &record : host.records) {
        if (usableForSmtp(record.usage))
            usable = true;
        else
            findings << make(Id::UnusableUsage,
                             Severity::Warning,
                             {host.host, record.toText()},
                             rfc7672("3.1.3"));
    }
    if (!usable) {
        findings << make(Id::NoUsableTlsa, Severity::Warning, {host.host}, rfc7672("3.1.3"));
        return findings;
    }
    addressFindings(host, options, now, findings);
    if (!options.nextCertificate.isEmpty()
        && !nextCertificateCovered(host, options.nextCertificate))
        findings << make(
            Id::RolloverUnmatched, Severity::Warning, {host.host}, QStringLiteral("RFC 7671 §8.1"));
    return findings;
}

std::optional<FindingText> daneFindingText(const Finding &finding)
{
    using Make = std::function<FindingText(const Finding &)>;
    static const QHash<QString, Make> texts = {
        {Id::DomainSecure,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a domain name
                 Tr::tr("The MX records of %1 are signed with DNSSEC").arg(arg(f, 0)),
                 Tr::tr("The validating resolver authenticated the MX records of %1: DANE can "
                        "protect mail sent to it.")
                     .arg(arg(f, 0)),
                 QString()};
         }},
        {Id::DomainInsecure,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("%1 is not signed with DNSSEC").arg(arg(f, 0)),
                 Tr::tr("The MX records of %1 are not DNSSEC-secure, so senders do not use "
                        "DANE for it, whatever TLSA records exist.")
                     .arg(arg(f, 0)),
                 Tr::tr("Sign the zone with DNSSEC and publish its DS record at the parent.")};
         }},
        {Id::DomainBogus,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DNSSEC validation fails for %1").arg(arg(f, 0)),
                 Tr::tr("The validating resolver rejects the signed records of %1 (bogus): "
                        "validating senders cannot find its mail servers at all.")
                     .arg(arg(f, 0)),
                 Tr::tr("Re-sign the zone, and check that the DS record at the parent matches "
                        "the zone's key.")};
         }},
        {Id::HostInsecure,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a mail server host name
                 Tr::tr("The addresses of %1 are not DNSSEC-secure").arg(arg(f, 0)),
                 Tr::tr("The A/AAAA records of %1 are not signed, so DANE clients do not use its "
                        "TLSA records.")
                     .arg(arg(f, 0)),
                 Tr::tr("Sign the zone that holds the MX host's addresses.")};
         }},
        {Id::HostBogus,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DNSSEC validation fails for %1").arg(arg(f, 0)),
                 Tr::tr("The validating resolver rejects the address records of %1 (bogus): "
                        "validating senders cannot reach it.")
                     .arg(arg(f, 0)),
                 Tr::tr("Re-sign the zone of the MX host.")};
         }},
        {Id::NoTlsa,
         [](const Finding &f) {
             return FindingText{Tr::tr("No DANE for %1").arg(arg(f, 0)),
                                Tr::tr("%1 publishes no TLSA record at _25._tcp: senders use "
                                       "opportunistic TLS only.")
                                    .arg(arg(f, 0)),
                                Tr::tr("Publish a TLSA record made from the server's "
                                       "certificate (dane generate).")};
         }},
        {Id::TlsaInsecure,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("The TLSA records of %1 are not DNSSEC-secure").arg(arg(f, 0)),
                 Tr::tr("%1 publishes TLSA records, but they are not signed with DNSSEC: DANE is "
                        "not in force, senders ignore them.")
                     .arg(arg(f, 0)),
                 Tr::tr("Sign the zone that holds the TLSA records.")};
         }},
        {Id::TlsaBogus,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("The TLSA records of %1 fail DNSSEC validation").arg(arg(f, 0)),
                 Tr::tr("The validating resolver rejects the TLSA records of %1 (bogus): DANE "
                        "senders hold mail for it until they validate.")
                     .arg(arg(f, 0)),
                 Tr::tr("Re-sign the zone, and check its DS record at the parent.")};
         }},
        {Id::InvalidRecord,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Malformed TLSA record for %1").arg(arg(f, 0)),
                 //: %1 a mail server host name, %2 the record's data
                 Tr::tr("A TLSA record of %1 cannot be read: %2").arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Publish the record as usage, selector, matching type and hexadecimal "
                        "data.")};
         }},
        {Id::UnusableUsage,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("TLSA record unusable for SMTP on %1").arg(arg(f, 0)),
                 //: %1 a mail server host name, %2 a TLSA record (3 1 1 …)
                 Tr::tr("The TLSA record %2 of %1 has usage 0 or 1 (PKIX), which SMTP clients "
                        "ignore.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Use usage 3 (DANE-EE) or 2 (DANE-TA): 3 1 1 or 2 1 1.")};
         }},
        {Id::NoUsableTlsa,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("No usable TLSA record for %1").arg(arg(f, 0)),
                 Tr::tr("None of the TLSA records of %1 can authenticate it: DANE senders "
                        "require TLS but cannot verify the server.")
                     .arg(arg(f, 0)),
                 Tr::tr("Publish a 3 1 1 or 2 1 1 record for the server's certificate.")};
         }},
        {Id::Match,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a mail server: host, address and port
                 Tr::tr("DANE authenticates %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 the TLSA records that matched
                 Tr::tr("The certificate of %1 matches %2.").arg(arg(f, 0), arg(f, 1)),
                 QString()};
         }},
        {Id::Mismatch,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("DANE mismatch on %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 each TLSA record and its verdict
                 Tr::tr("No TLSA record matches the certificate %1 presents (%2): DANE "
                        "senders will not deliver to it.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Publish records for the certificate in use (dane generate), or "
                        "install the certificate the records describe.")};
         }},
        {Id::NoTls,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("No TLS on %1, which has TLSA records").arg(arg(f, 0)),
                 //: %1 a mail server, %2 what happened
                 Tr::tr("%1 publishes TLSA records but no TLS connection could be made (%2): "
                        "DANE senders will not deliver to it.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Enable STARTTLS on the server.")};
         }},
        {Id::RolloverDue,
         [](const Finding &f) {
             const int days = arg(f, 1).toInt();
             return FindingText{
                 Tr::tr("The DANE-matched certificate of %1 ends soon").arg(arg(f, 0)),
                 Tr::tr("The certificate that DANE matches on %1 ends in %n day(s); its "
                        "replacement must match a published TLSA record first.",
                        nullptr,
                        days)
                     .arg(arg(f, 0)),
                 Tr::tr("Publish the TLSA record of the next certificate (or keep its key) "
                        "before deploying it.")};
         }},
        {Id::RolloverUnmatched,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("The next certificate of %1 matches no TLSA record").arg(arg(f, 0)),
                 Tr::tr("Deploying the given next certificate on %1 would break DANE: no "
                        "published TLSA record matches it.")
                     .arg(arg(f, 0)),
                 Tr::tr("Publish its 3 1 1 record alongside the current one, wait for the TTL, "
                        "then deploy it.")};
         }},
    };
    const auto it = texts.constFind(finding.id);
    if (it == texts.cend())
        return std::nullopt;
    return it.value()(finding);
}

} // namespace Sceau::Transport
