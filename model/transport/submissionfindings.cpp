#include "model/transport/submissionfindings.h"

#include "model/transport/tr.h"
#include "model/transport/transportfindings.h"

#include <QHash>

#include <functional>

namespace Sceau::Transport {

namespace Id = SubmissionFindingId;

namespace {
QString arg(const Finding &finding, int index)
{
    return finding.args.value(index);
}

Finding make(const QString &id, Severity severity, QStringList args, const QString &rfc)
{
    return Finding{id, severity, std::move(args), rfc};
}

// RFC 4954 §4: a server must not offer plaintext password mechanisms before TLS. PLAIN and
// LOGIN carry the password itself; the others (CRAM-MD5, SCRAM) do not.
QStringList plaintextMechanisms(const QStringList &mechanisms)
{
    QStringList found;
    for (const QString &mechanism : mechanisms) {
        if (mechanism == u"PLAIN" || mechanism == u"LOGIN")
            found << mechanism;
    }
    return found;
}

// Submission: the client sends a password, so it must verify the certificate and the name it
// was configured with (RFC 8314 §5.1, RFC 6125 §6): both are errors.
const CertificateFindingStyle SubmissionCertificateStyle{Id::CertExpired,
                                                         Id::CertUntrusted,
                                                         Id::CertExpiring,
                                                         Id::CertNameMismatch,
                                                         Severity::Error,
                                                         QStringLiteral("RFC 8314 §5.1")};
} // namespace

bool couldNotTest(const SubmissionResult &result)
{
    switch (result.outcome) {
    case SubmissionOutcome::CouldNotTest:
    case SubmissionOutcome::AuthError:
    case SubmissionOutcome::Canceled:
        return true;
    default:
        return false;
    }
}

QList<Finding> submissionFindings(const SubmissionResult &result)
{
    using O = SubmissionOutcome;
    const QString server = serverLabel(result.endpoint);
    QList<Finding> findings;
    if (const QStringList exposed = plaintextMechanisms(result.mechanismsBeforeTls);
        !exposed.isEmpty())
        findings << make(Id::AuthBeforeTls,
                         Severity::Error,
                         {server, exposed.join(u' ')},
                         QStringLiteral("RFC 4954 §4"));
    if (couldNotTest(result)) {
        findings << make(Id::CouldNotTest, Severity::Warning, {server, result.detail}, {});
        return findings;
    }
    if (result.outcome == O::TlsFailed) {
        if (result.request.security == SubmissionSecurity::StartTls && !result.startTlsOffered)
            findings << make(
                Id::NoStartTls, Severity::Error, {server}, QStringLiteral("RFC 8314 §3.3"));
        else
            findings << make(Id::TlsFailed,
                             Severity::Error,
                             {server, result.detail},
                             QStringLiteral("RFC 8314 §3"));
        return findings;
    }
    if (result.tls)
        findings << certificateFindings(
            server, result.certificate, result.certificateError, SubmissionCertificateStyle);
    switch (result.outcome) {
    case O::Unverified:
        findings << make(
            Id::CredentialWithheld, Severity::Info, {server}, QStringLiteral("RFC 8314 §5.1"));
        break;
    case O::NoAuth:
        findings << make(Id::NoAuth,
                         Severity::Error,
                         {server, result.mechanisms.join(u' ')},
                         QStringLiteral("RFC 4954 §3"));
        break;
    case O::AuthFailed:
        findings << make(Id::AuthFailed,
                         Severity::Error,
                         {server, result.authReply},
                         QStringLiteral("RFC 4954 §6"));
        break;
    case O::Authenticated:
        findings << make(Id::Authenticated,
                         Severity::Ok,
                         {server,
                          result.mechanism,
                          result.tls ? TlsVersionTokens.token(result.tls->protocol) : QString()},
                         QStringLiteral("RFC 4954 §6"));
        if (result.messageAttempted) {
            if (result.messageAccepted)
                findings << make(Id::MessageSent,
                                 Severity::Ok,
                                 {server, result.request.sendTo, result.messageId},
                                 QStringLiteral("RFC 6409 §3"));
            else
                findings << make(Id::MessageRefused,
                                 Severity::Error,
                                 {server, result.request.sendTo, result.messageReply},
                                 QStringLiteral("RFC 6409 §3"));
        }
        break;
    default:
        break;
    }
    return findings;
}

std::optional<FindingText> submissionFindingText(const Finding &finding)
{
    using Make = std::function<FindingText(const Finding &)>;
    static const QHash<QString, Make> texts = {
        {Id::Authenticated,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a submission server (host [address]:port)
                 Tr::tr("Authenticated on %1").arg(arg(f, 0)),
                 //: %1 a server, %2 a SASL mechanism (PLAIN), %3 a TLS version token (tls1_3)
                 Tr::tr("%1 accepted the credential with AUTH %2 over %3.")
                     .arg(arg(f, 0), arg(f, 1), arg(f, 2)),
                 QString()};
         }},
        {Id::AuthFailed,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Authentication refused by %1").arg(arg(f, 0)),
                 //: %1 a server, %2 its reply
                 Tr::tr("%1 refused the user name and password (%2).").arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Check the user name and password of the account, then store them "
                        "again.")};
         }},
        {Id::AuthBeforeTls,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Password authentication offered before TLS on %1").arg(arg(f, 0)),
                 //: %1 a server, %2 SASL mechanisms (PLAIN LOGIN)
                 Tr::tr("%1 offers AUTH %2 before STARTTLS: a mail client that uses it sends "
                        "the password in plaintext.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Offer password authentication only after STARTTLS (Postfix: "
                        "smtpd_tls_auth_only = yes), or use implicit TLS on port 465.")};
         }},
        {Id::NoAuth,
         [](const Finding &f) {
             return FindingText{Tr::tr("No usable authentication on %1").arg(arg(f, 0)),
                                //: %1 a server, %2 SASL mechanisms, possibly none
                                Tr::tr("%1 offers no AUTH PLAIN or LOGIN over TLS (offered: %2).")
                                    .arg(arg(f, 0), arg(f, 1)),
                                Tr::tr("Enable SASL authentication on the submission service.")};
         }},
        {Id::NoStartTls,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("No STARTTLS on %1").arg(arg(f, 0)),
                 Tr::tr("%1 does not offer STARTTLS: a password could only be sent in "
                        "plaintext, so none was.")
                     .arg(arg(f, 0)),
                 Tr::tr("Enable STARTTLS on the submission port, or use implicit TLS on port "
                        "465.")};
         }},
        {Id::TlsFailed,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("TLS failed with %1").arg(arg(f, 0)),
                 //: %1 a server, %2 the reason
                 Tr::tr("No TLS 1.2 or 1.3 connection could be made with %1 (%2); no password "
                        "was sent.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Check the server's TLS configuration: TLS 1.2 and 1.3, its "
                        "certificate and key.")};
         }},
        {Id::CertUntrusted,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Untrusted certificate on %1").arg(arg(f, 0)),
                 //: %1 a server, %2 why the chain does not verify
                 Tr::tr("The certificate of %1 does not lead to a trusted authority (%2): mail "
                        "clients warn or refuse to send the password.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Install a certificate from a public authority, with its intermediate "
                        "certificates.")};
         }},
        {Id::CertNameMismatch,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Certificate name mismatch on %1").arg(arg(f, 0)),
                 //: %1 a server, %2 the names the certificate carries
                 Tr::tr("The certificate of %1 is for %2, not for the name the client uses.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Use a certificate that names the submission host, or configure "
                        "clients with a name it carries.")};
         }},
        {Id::CertExpired,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Expired certificate on %1").arg(arg(f, 0)),
                 //: %1 a server, %2 a date
                 Tr::tr("The certificate of %1 expired on %2.").arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Renew the certificate now.")};
         }},
        {Id::CertExpiring,
         [](const Finding &f) {
             const int days = arg(f, 1).toInt();
             return FindingText{Tr::tr("Certificate of %1 expires soon").arg(arg(f, 0)),
                                Tr::tr("The certificate of %1 expires in %n day(s).", nullptr, days)
                                    .arg(arg(f, 0)),
                                Tr::tr("Renew the certificate before it expires.")};
         }},
        {Id::CredentialWithheld,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Password not sent to %1").arg(arg(f, 0)),
                 Tr::tr("The certificate of %1 does not verify, so Sceau did not send the "
                        "password: the server's identity is not proven.")
                     .arg(arg(f, 0)),
                 Tr::tr("Fix the certificate, or test again with verification skipped if you "
                        "trust this network.")};
         }},
        {Id::MessageSent,
         [](const Finding &f) {
             return FindingText{
                 //: %1 a server, %2 an address
                 Tr::tr("Test message accepted by %1 for %2").arg(arg(f, 0), arg(f, 1)),
                 //: %1 a Message-ID
                 Tr::tr("Its Message-ID is <%1>.").arg(arg(f, 2)),
                 QString()};
         }},
        {Id::MessageRefused,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Test message refused by %1").arg(arg(f, 0)),
                 //: %1 a server, %2 an address, %3 the server's reply
                 Tr::tr("%1 authenticated the account but did not accept a message for %2 (%3).")
                     .arg(arg(f, 0), arg(f, 1), arg(f, 2)),
                 Tr::tr("Check that the account may send as its address, and the recipient.")};
         }},
        {Id::CouldNotTest,
         [](const Finding &f) {
             return FindingText{
                 Tr::tr("Could not test %1").arg(arg(f, 0)),
                 //: %1 a server, %2 what happened
                 Tr::tr("%1 could not be tested (%2). This says nothing about the account.")
                     .arg(arg(f, 0), arg(f, 1)),
                 Tr::tr("Check the host and port, then test again later.")};
         }},
    };
    const auto it = texts.constFind(finding.id);
    if (it == texts.cend())
        return std::nullopt;
    return it.value()(finding);
}

} // namespace Sceau::Transport
