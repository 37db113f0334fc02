#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"
#include "model/transport/submissionresult.h"

#include <optional>

namespace Sceau {
namespace Transport {

// The stable ids of submission findings (DESIGN.md §3). Args are listed next to each id;
// every one starts with the server ("smtp.example.com [192.0.2.1]:587").
namespace SubmissionFindingId {
inline const QString Authenticated
    = QStringLiteral("submission.authenticated");                           // server, mech, version
inline const QString AuthFailed = QStringLiteral("submission.auth-failed"); // server, reply
inline const QString AuthBeforeTls = QStringLiteral("submission.auth-before-tls"); // server, mechs
inline const QString NoAuth = QStringLiteral("submission.no-auth"); // server, mechanisms offered
inline const QString NoStartTls = QStringLiteral("submission.no-starttls");       // server
inline const QString TlsFailed = QStringLiteral("submission.tls-failed");         // server, detail
inline const QString CertUntrusted = QStringLiteral("submission.cert-untrusted"); // server, why
inline const QString CertNameMismatch
    = QStringLiteral("submission.cert-name-mismatch");                          // server, names
inline const QString CertExpired = QStringLiteral("submission.cert-expired");   // server, date
inline const QString CertExpiring = QStringLiteral("submission.cert-expiring"); // server, days
inline const QString CredentialWithheld
    = QStringLiteral("submission.credential-withheld");                       // server
inline const QString MessageSent = QStringLiteral("submission.message-sent"); // server, to, id
inline const QString MessageRefused
    = QStringLiteral("submission.message-refused"); // server, to, reply
// Could not check (DESIGN.md §3): nothing was learnt about the account; args server, detail.
inline const QString CouldNotTest = QStringLiteral("submission.could-not-test");
} // namespace SubmissionFindingId

// The findings of a finished test, from what it saw: TLS and the certificate, AUTH offered in
// plaintext, the AUTH verdict, the test message. A test that could not reach a verdict (no
// connection, a 4xx, a temporary AUTH failure, canceled) gives submission.could-not-test.
QList<Finding> submissionFindings(const SubmissionResult &result);

// Whether the result says nothing about the account (exit 3 in the CLI): could not test,
// a temporary AUTH failure, or canceled.
bool couldNotTest(const SubmissionResult &result);

// The catalogue's texts for the submission.* ids; nothing for another id.
std::optional<FindingText> submissionFindingText(const Finding &finding);

} // namespace Transport
} // namespace Sceau
