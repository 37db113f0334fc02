#pragma once

#include "model/audit/areaassessment.h"
#include "model/audit/auditreport.h"
#include "model/audit/auditreportjson.h"
#include "model/export/exportedcheck.h"

using namespace Qt::StringLiterals;

namespace Sceau {
namespace Test {

// A check as the audit leaves it, built by hand: records with characters HTML and CSV must
// escape, one error, one warning, one failed lookup, two MX hosts.
inline Audit::AuditReport hostileReport(const QString &domain)
{
    Audit::AuditReport report;
    report.domain = domain;
    report.spfRecords = {u"v=spf1 include:<script>alert(1)</script> &amp; -all"_s};
    report.spfLookups = 1;
    report.dmarcRecords = {u"v=DMARC1; p=none; rua=mailto:\"d\"@example.test"_s};
    report.mx = {{10, u"mx1."_s + domain, {u"192.0.2.1"_s, u"2001:db8::1"_s}},
                 {20, u"mx2."_s + domain, {u"192.0.2.2"_s}}};
    report.dkim = {{u"s1"_s, {u"v=DKIM1; p=MIIB"_s}, std::nullopt, 0}};
    report.dkimSelectorsProbed = {u"s1"_s};
    report.findings = {
        Finding{u"spf.multiple-records"_s, Severity::Error, {domain, u"2"_s}, u"RFC 7208 §4.5"_s},
        Finding{u"dmarc.policy-none"_s, Severity::Warning, {domain}, u"RFC 9989 §5.3"_s},
        Finding{u"dns.lookup-failed"_s,
                Severity::Warning,
                {u"_mta-sts."_s + domain, u"TXT"_s, u"timeout"_s, {}},
                u"RFC 8461 §3.1"_s},
    };
    report.lookups = 8;
    report.failedLookups = 1;
    report.assessment = Audit::assess(report);
    return report;
}

inline Export::ExportedCheck exported(const Audit::AuditReport &report, const QString &client)
{
    Export::ExportedCheck check;
    check.domain.name = report.domain;
    check.domain.client = client;
    check.domain.tags = {u"gold"_s, u"eu"_s};
    check.check.id = 7;
    check.check.domain = report.domain;
    check.check.at = QDateTime(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC);
    check.check.resolver = u"127.0.0.1:53"_s;
    check.check.complete = report.complete();
    check.check.score = report.score();
    check.check.state = Audit::OverallStates.token(report.assessment.state);
    check.report = Audit::toJson(report);
    return check;
}

} // namespace Test
} // namespace Sceau
