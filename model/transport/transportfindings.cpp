#include "model/transport/transportfindings.h"

#include "model/transport/tr.h"

#include <QHash>

#include <functional>

namespace Sceau::Transport {

namespace {
QString arg(const Finding &finding, int index)
{
    return finding.args.value(index);
}

Finding make(const QString &id, Severity severity, QStringList args, const QString &rfc)
{
    return Finding{id, severity, std::move(args), rfc};
}

// MX delivery: senders mostly do not verify, so trust and name are warnings; the name is the
// MX host (RFC 7817 §3).
const CertificateFindingStyle MxCertificateStyle{FindingId::CertExpired,
                                                 FindingId::CertUntrusted,
                                                 FindingId::CertExpiring,
                                                 FindingId::CertNameMismatch,
                                                 Severity::Warning,
                                                 QStringLiteral("RFC 7817 §3")};
} // namespace

QString serverLabel(const SmtpEndpoint &endpoint)
{
    return QStringLiteral("%1 [%2]:%3")
        .arg(endpoint.host, endpoint.address.toString())
        .arg(endpoint.port);
}

QList<Finding> certificateFindings(const QString &server,
                                   const std::optional<CertificateReport> &certificate,
                                   const QString &certificateError,
                                   const CertificateFindingStyle &style)
{
    if (!certificate)
        return {make(style.untrusted,
                     style.trustSeverity,
                     {server, certificateError},
                     QStringLiteral("RFC 5280 §6"))};
    QList<Finding> findings;
    const CertificateReport &cert = *certificate;
    if (cert.expired())
        findings << make(style.expired,
                         Severity::Error,
                         {server, cert.notAfter.toString(Qt::ISODate)},
                         QStringLiteral("RFC 5280 §4.1.2.5"));
    else if (!cert.trusted)
        findings << make(style.untrusted,
                         style.trustSeverity,
                         {server, cert.trustError},
                         QStringLiteral("RFC 5280 §6"));
    else if (cert.daysLeft < ExpiringDays)
        findings << make(style.expiring,
                         Severity::Warning,
                         {server, QString::number(cert.daysLeft)},
                         QStringLiteral("RFC 5280 §4.1.2.5"));
    if (!cert.nameMatches)
        findings << make(style.nameMismatch,
                         style.trustSeverity,
                         {server, cert.dnsNames.join(QStringLiteral(", "))},
                         style.nameRfc);
    return findings;
}

QList<Finding> addressFindings(const AddressProbe &probe)
{
    using O = SmtpTlsAttempt::Outcome;
    const QString server = serverLabel(probe.endpoint);
    const SmtpTlsAttempt &attempt = probe.attempt;
    if (attempt.couldNotTest())
        return {make(FindingId::CouldNotTest, Severity::Warning, {server, attempt.detail}, {})};
    QList<Finding> findings;
    QStringList legacy;
    for (auto it = probe.accepted.cbegin(); it != probe.accepted.cend(); ++it) {
        if (it.value() && isObsolete(it.key()))
            legacy << TlsVersionTokens.token(it.key());
    }
    if (!legacy.isEmpty())
        findings << make(FindingId::LegacyVersion,
                         Severity::Warning,
                         {server, legacy.join(QStringLiteral(", "))},
                         QStringLiteral("RFC 8996 §2"));
    switch (attempt.outcome) {
    case O::NoStartTls:
        findings << make(
            FindingId::NoStartTls, Severity::Error, {server}, QStringLiteral("RFC 3207"));
        return findings;
    case O::StartTlsRefused:
        findings << make(FindingId::StartTlsRefused,
                         Severity::Error,
                         {server, attempt.detail},
                         QStringLiteral("RFC 3207 §4"));
        return findings;
    case O::HandshakeFailed:
        findings << make(
            FindingId::HandshakeFailed,
            Severity::Error,
            {server,
             attempt.handshake.detail.isEmpty() ? attempt.detail : attempt.handshake.detail},
            QStringLiteral("RFC 8996 §5"));
        return findings;
    default:
        break;
    }
    findings << make(FindingId::Encrypted,
                     Severity::Ok,
                     {server, TlsVersionTokens.token(attempt.handshake.info.protocol)},
                     QStringLiteral("RFC 3207"));
    findings << certificateFindings(
        server, probe.certificate, probe.certificateError, MxCertificateStyle);
    return findings;
}

std::optional<FindingText> findingText(const Finding &finding)
{
    using Make = std::function<FindingText(const Finding &)>;
    static const QHash<QString, Make> texts = {
        {FindingId::NoStartTls,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a mail server: host, address and port
                 Tr::tr("No STARTTLS on %1").arg(arg(f, 0)),
                 Tr::tr("%1 does not offer STARTTLS: mail sent to it travels in plaintext, and "
                        "senders that require TLS cannot deliver to it.")
                     .arg(arg(f, 0)),
                 Tr::tr("Enable STARTTLS on this server with a certificate for its MX name.")};
         }},
        {FindingId::StartTlsRefused,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("STARTTLS refused by %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 the server's reply
                 Tr::tr("%1 offers STARTTLS, then refuses it (%2): mail falls back to plaintext.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Check the server's TLS configuration: its certificate and key files.")};
         }},
        {FindingId::HandshakeFailed,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("TLS handshake failed with %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 the TLS library's reason
                 Tr::tr("%1 offers STARTTLS, but no TLS 1.2 or 1.3 connection could be made "
                        "with it (%2): mail falls back to plaintext.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Enable TLS 1.2 and TLS 1.3 on this server.")};
         }},
        {FindingId::LegacyVersion,
         [](const Finding &f) {
             return FindingText{Tr::tr("Obsolete TLS versions on %1").arg(arg(f, 0)),
                                //: %1 a mail server, %2 protocol versions (tls1_0, tls1_1)
                                Tr::tr("%1 still accepts %2, deprecated since 2021 (RFC 8996).")
                                    .arg(arg(f, 0), arg(f, 1)),
                                Tr::tr("Accept only TLS 1.2 and TLS 1.3.")};
         }},
        {FindingId::CertUntrusted,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Untrusted certificate on %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 why the chain does not verify
                 Tr::tr("The certificate of %1 does not lead to a trusted authority (%2): "
                        "senders that verify certificates (MTA-STS, require TLS) will not "
                        "deliver.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Install a certificate from a public authority, with its intermediate "
                        "certificates.")};
         }},
        {FindingId::CertNameMismatch,
         [](const Finding &f) {
             return FindingText{Tr::tr("Certificate name mismatch on %1").arg(arg(f, 0)),
                                //: %1 a mail server, %2 the names the certificate carries
                                Tr::tr("The certificate of %1 is for %2, not for the MX host name.")
                                    .arg(arg(f, 0), arg(f, 1)),
                                Tr::tr("Use a certificate that names the MX host.")};
         }},
        {FindingId::CertExpired,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Expired certificate on %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 a date
                 Tr::tr("The certificate of %1 expired on %2.").arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Renew the certificate now.")};
         }},
        {FindingId::CertExpiring,
         [](const Finding &f) {
             const int days = arg(f, 1).toInt();
             return FindingText{Tr::tr("Certificate of %1 expires soon").arg(arg(f, 0)),
                                Tr::tr("The certificate of %1 expires in %n day(s).", nullptr, days)
                                    .arg(arg(f, 0)),
                                Tr::tr("Renew the certificate before it expires.")};
         }},
        {FindingId::Encrypted,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("STARTTLS works on %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 a protocol version (tls1_3)
                 Tr::tr("%1 accepts STARTTLS and negotiates %2.").arg(arg(f, 0), arg(f, 1)),
                 QString()};
         }},
        {FindingId::InconsistentMx,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a mail server host name, or a domain (its MX hosts)
                 Tr::tr("STARTTLS differs between the mail servers of %1").arg(arg(f, 0)),
                 Tr::tr("Some mail servers of %1 offer STARTTLS and others do not: mail that "
                        "reaches the wrong one travels in plaintext, and an attacker can steer "
                        "it there.")
                     .arg(arg(f, 0)),
                 Tr::tr("Configure every server behind this name the same way.")};
         }},
        {FindingId::NullMx,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a domain; "null MX" is the record "MX 0 ." (RFC 7505)
                 Tr::tr("%1 accepts no mail (null MX)").arg(arg(f, 0)),
                 Tr::tr("%1 publishes a null MX: it receives no mail, so there is no mail server "
                        "whose transport security could be checked.")
                     .arg(arg(f, 0)),
                 QString()};
         }},
        {FindingId::ImplicitMx,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("%1 has no MX record").arg(arg(f, 0)),
                 //: %1 a domain
                 Tr::tr("%1 publishes no MX record: senders deliver to the domain's own address "
                        "(the implicit MX), which was checked instead.")
                     .arg(arg(f, 0)),
                 Tr::tr("Publish MX records naming the servers that receive mail.")};
         }},
        {FindingId::TooManyMx,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Too many MX records for %1").arg(arg(f, 0)),
                 //: %1 a domain, %2 a number of MX records, %3 how many were checked
                 Tr::tr("%1 publishes %2 MX records; only the first %3, in preference order, "
                        "were checked.")
                     .arg(arg(f, 0), arg(f, 1), arg(f, 2)),
                 Tr::tr("Keep the MX set to the servers that really receive mail.")};
         }},
        {FindingId::StsPlaintextMx,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a mail server host name
                 Tr::tr("%1 has no working STARTTLS under MTA-STS").arg(arg(f, 0)),
                 //: %1 a mail server host name, %2 the MTA-STS mode (enforce, testing)
                 Tr::tr("The MTA-STS policy is in %2 mode, but %1 offers no working STARTTLS: "
                        "senders that honour the policy cannot deliver to it.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Enable STARTTLS on this server, or remove it from the MX set.")};
         }},
        {FindingId::NoAddress,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("%1 has no address").arg(arg(f, 0)),
                 Tr::tr("%1 has no A or AAAA record: no mail can reach it.").arg(arg(f, 0)),
                 Tr::tr("Publish the server's addresses, or correct the name.")};
         }},
        {FindingId::CouldNotTest,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Could not test %1").arg(arg(f, 0)),
                 //: %1 a mail server, %2 what happened (busy, refused, no answer)
                 Tr::tr("%1 could not be tested (%2). This says nothing about its TLS.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Check again later, or from a network the server accepts.")};
         }},
    };
    const auto it = texts.constFind(finding.id);
    if (it == texts.cend())
        return std::nullopt;
    return it.value()(finding);
}

} // namespace Sceau::Transport
