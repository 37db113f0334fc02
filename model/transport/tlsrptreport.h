#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Transport {

// One failure-details entry of a TLS report (RFC 8460 §4.3).
struct TlsRptFailure
{
    QString resultType; // "starttls-not-supported", "certificate-expired", "validation-failure"…
    QString sendingMtaIp;        // often missing in real reports
    QString receivingMxHostname; // optional
    QString receivingIp;         // optional
    qint64 failedSessions = 0;
    QString failureReasonCode; // optional
};

// One policy of a report (RFC 8460 §4.4): what the sender applied, and how it went.
struct TlsRptPolicy
{
    QString type;             // "sts", "tlsa", "no-policy-found"
    QString domain;           // policy-domain
    QStringList policyString; // as sent (array, or one string split on line ends)
    QStringList mxHosts;      // mx-host (a string or an array, both seen)
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
    QList<TlsRptFailure> failures;

    // The failed sessions per result-type, summed over failures.
    QMap<QString, qint64> failuresByType() const;
};

// An SMTP TLS report (RFC 8460 §4), a value type.
struct TlsRptReport
{
    QString organization; // organization-name
    QString contact;      // contact-info
    QString reportId;
    QDateTime start; // date-range, UTC; invalid when missing or unreadable
    QDateTime end;
    QList<TlsRptPolicy> policies;
};

// Bounds on a report: its JSON at most MaxTlsRptJsonSize bytes, at most MaxTlsRptPolicies
// policies and MaxTlsRptFailures failure entries in all.
inline constexpr qsizetype MaxTlsRptJsonSize = 16 * 1024 * 1024;
inline constexpr int MaxTlsRptPolicies = 1000;
inline constexpr int MaxTlsRptFailures = 100000;

// Reads a report's JSON (RFC 8460 §4.4), tolerant as real reporters require: unknown fields
// ignored; counts as numbers or numeric strings; policy-string as an array or a string;
// mx-host as a string or an array; sending-mta-ip, receiving-*, failure-reason-code and
// failure-details optional. InvalidInput (translated reason) when the text is not JSON, not an
// object, has no policies array, or passes the bounds.
Result<TlsRptReport> parseTlsRptReport(const QByteArray &json);

} // namespace Transport
} // namespace Sceau
