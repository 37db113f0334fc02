#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Dmarc {

// Which schema a report follows: RFC 9990 (root in urn:ietf:params:xml:ns:dmarc-2.0) or the
// older RFC 7489 Appendix C one (no namespace, or the dmarc.org draft one).
enum class ReportFormat { Rfc9990, Rfc7489 };

// One authentication result of a row (RFC 9990 §3.1.1 auth_results): a DKIM signature (domain d=,
// selector s=) or an SPF check (domain, scope mfrom/helo). Tokens lowercased.
struct AuthResult
{
    QString domain;
    QString selector; // DKIM only
    QString scope;    // SPF only: mfrom, helo, or empty
    QString result;   // pass, fail, none, neutral, temperror, permerror, softfail, policy
};

// One <record> of an aggregate report: messages from one source with the same results.
struct ReportRecord
{
    QString sourceIp;
    qint64 count = 0;
    QString disposition; // policy_evaluated: none, quarantine, reject (RFC 9990 adds pass)
    QString dkim;        // policy_evaluated dkim: the DMARC-aligned DKIM verdict, pass or fail
    QString spf;         // policy_evaluated spf: the DMARC-aligned SPF verdict, pass or fail
    QStringList reasons; // policy override reason types (forwarded, mailing_list…)
    QString headerFrom;
    QString envelopeFrom;
    QString envelopeTo;
    QList<AuthResult> dkimResults;
    QList<AuthResult> spfResults;

    // DMARC passes when SPF or DKIM passed aligned (RFC 9989 §4.4).
    bool dmarcPass() const { return dkim == u"pass" || spf == u"pass"; }
};

// The <policy_published> of a report: the DMARC record the reporter found, as written.
struct PolicyPublished
{
    QString domain;
    QString p, sp, np, adkim, aspf, fo;
    QString testing;         // RFC 9990 t= (y/n)
    QString discoveryMethod; // RFC 9990: psl or treewalk
    QString pct;             // RFC 7489 only (removed by RFC 9989)
};

// An aggregate (rua) report (RFC 9990 §3.1, RFC 7489 §7.2).
struct AggregateReport
{
    ReportFormat format = ReportFormat::Rfc7489;
    QString orgName;
    QString email;
    QString reportId;
    QDateTime begin; // UTC
    QDateTime end;   // UTC
    PolicyPublished policy;
    QList<ReportRecord> records;
    QStringList errors; // report_metadata <error> texts

    qint64 messages() const
    {
        qint64 total = 0;
        for (const ReportRecord &record : records)
            total += record.count;
        return total;
    }
};

} // namespace Dmarc
} // namespace Sceau
