#include "model/dmarc/reportstore.h"

#include "model/core/sqlerror.h"
#include "model/storage/workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Sceau::Dmarc {

namespace {

Error sqlError(const QSqlQuery &query)
{
    return Sceau::sqlError(query.lastError());
}

QString formatToken(ReportFormat format)
{
    return format == ReportFormat::Rfc9990 ? u"rfc9990"_s : u"rfc7489"_s;
}

// A text column's value: an empty string, never NULL (a null QString binds as NULL).
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// Rows of policyDomain in reports overlapping [begin, end]; an invalid bound is open.
const QString RowFilter = u" FROM dmarc_rows r JOIN dmarc_reports p ON r.report = p.id"
                          " WHERE p.policy_domain = ? AND p.end_time >= ? AND p.begin_time <= ?"_s;

void bindFilter(QSqlQuery &query,
                const QString &policyDomain,
                const QDateTime &begin,
                const QDateTime &end)
{
    query.addBindValue(policyDomain.toLower());
    query.addBindValue(begin.isValid() ? begin.toSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::min());
    query.addBindValue(end.isValid() ? end.toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

} // namespace

ReportStore::ReportStore(Storage::Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<bool> ReportStore::add(const AggregateReport &report)
{
    QSqlDatabase db = m_workspace->database();
    if (!db.transaction())
        return Sceau::sqlError(db.lastError());
    QSqlQuery query(db);
    auto abort = [&](const QSqlQuery &failed) {
        const Error error = sqlError(failed);
        db.rollback();
        return error;
    };
    // Only the (org_name, report_id) conflict is ignored: any other failure is an error.
    query.prepare(u"INSERT INTO dmarc_reports (org_name, report_id, format, email,"
                  " begin_time, end_time, policy_domain, policy_p, policy_sp, policy_np,"
                  " policy_adkim, policy_aspf, policy_testing, policy_pct, imported)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT(org_name, report_id) DO NOTHING"_s);
    const PolicyPublished &policy = report.policy;
    for (const QVariant &value : {text(report.orgName),
                                  text(report.reportId),
                                  QVariant(formatToken(report.format)),
                                  QVariant(report.email),
                                  QVariant(report.begin.toSecsSinceEpoch()),
                                  QVariant(report.end.toSecsSinceEpoch()),
                                  QVariant(policy.domain),
                                  QVariant(policy.p),
                                  QVariant(policy.sp),
                                  QVariant(policy.np),
                                  QVariant(policy.adkim),
                                  QVariant(policy.aspf),
                                  QVariant(policy.testing),
                                  QVariant(policy.pct),
                                  QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))})
        query.addBindValue(value);
    if (!query.exec())
        return abort(query);
    if (query.numRowsAffected() == 0) {
        db.rollback();
        return false; // already stored
    }
    const qint64 reportRow = query.lastInsertId().toLongLong();
    QSqlQuery row(db);
    row.prepare(u"INSERT INTO dmarc_rows (report, source_ip, count, disposition, dkim_aligned,"
                " spf_aligned, reasons, header_from, envelope_from)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery auth(db);
    auth.prepare(u"INSERT INTO dmarc_auth (row, method, domain, selector, scope, result)"
                 " VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const ReportRecord &record : report.records) {
        for (const QVariant &value : {QVariant(reportRow),
                                      QVariant(record.sourceIp),
                                      QVariant(record.count),
                                      QVariant(record.disposition),
                                      QVariant(record.dkim),
                                      QVariant(record.spf),
                                      QVariant(record.reasons.join(u',')),
                                      QVariant(record.headerFrom),
                                      QVariant(record.envelopeFrom)})
            row.addBindValue(value);
        if (!row.exec())
            return abort(row);
        const qint64 rowId = row.lastInsertId().toLongLong();
        auto addAuth = [&](const QString &method, const AuthResult &result) {
            for (const QVariant &value : {QVariant(rowId),
                                          QVariant(method),
                                          QVariant(result.domain),
                                          QVariant(result.selector),
                                          QVariant(result.scope),
                                          QVariant(result.result)})
                auth.addBindValue(value);
            return auth.exec();
        };
        for (const AuthResult &result : record.dkimResults) {
            if (!addAuth(u"dkim"_s, result))
                return abort(auth);
        }
        for (const AuthResult &result : record.spfResults) {
            if (!addAuth(u"spf"_s, result))
                return abort(auth);
        }
    }
    if (!db.commit()) {
        const Error error = Sceau::sqlError(db.lastError());
        db.rollback();
        return error;
    }
    return true;
}

Result<QList<StoredReport>> ReportStore::list(const QString &policyDomain) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT p.id, p.format, p.org_name, p.report_id, p.policy_domain,"
                  " p.begin_time, p.end_time, COUNT(r.id), COALESCE(SUM(r.count), 0)"
                  " FROM dmarc_reports p LEFT JOIN dmarc_rows r ON r.report = p.id"
                  " WHERE ? = '' OR p.policy_domain = ?"
                  " GROUP BY p.id ORDER BY p.begin_time DESC, p.id DESC"_s);
    query.addBindValue(text(policyDomain.toLower()));
    query.addBindValue(text(policyDomain.toLower()));
    if (!query.exec())
        return sqlError(query);
    QList<StoredReport> reports;
    while (query.next()) {
        reports.append({query.value(0).toLongLong(),
                        query.value(1).toString() == u"rfc9990"_s ? ReportFormat::Rfc9990
                                                                  : ReportFormat::Rfc7489,
                        query.value(2).toString(),
                        query.value(3).toString(),
                        query.value(4).toString(),
                        fromEpoch(query.value(5).toLongLong()),
                        fromEpoch(query.value(6).toLongLong()),
                        query.value(7).toInt(),
                        query.value(8).toLongLong()});
    }
    return reports;
}

Result<QStringList> ReportStore::policyDomains() const
{
    QSqlQuery query(m_workspace->database());
    if (!query.exec(u"SELECT DISTINCT policy_domain FROM dmarc_reports ORDER BY 1"_s))
        return sqlError(query);
    QStringList domains;
    while (query.next())
        domains << query.value(0).toString();
    return domains;
}

Result<QList<SourceSummary>> ReportStore::sources(const QString &policyDomain,
                                                  const QDateTime &begin,
                                                  const QDateTime &end) const
{
    QSqlQuery rows(m_workspace->database());
    rows.prepare(u"SELECT r.id, r.source_ip, r.header_from, r.count, r.dkim_aligned,"
                 " r.spf_aligned, r.reasons, p.id, p.begin_time, p.end_time"_s
                 + RowFilter + u" ORDER BY r.id"_s);
    bindFilter(rows, policyDomain, begin, end);
    if (!rows.exec())
        return sqlError(rows);
    QList<SourceSummary> summaries;
    QHash<QString, qsizetype> bySource;         // source ip + '\n' + header from → index
    QHash<qint64, qsizetype> byRow;             // row id → index
    QHash<qsizetype, QSet<qint64>> reportsSeen; // index → report ids
    while (rows.next()) {
        const QString key = rows.value(1).toString() + u'\n' + rows.value(2).toString();
        qsizetype index = bySource.value(key, -1);
        if (index < 0) {
            index = summaries.size();
            bySource.insert(key, index);
            SourceSummary summary;
            summary.policyDomain = policyDomain.toLower();
            summary.impact.sourceIp = rows.value(1).toString();
            summary.impact.headerFrom = rows.value(2).toString();
            summaries.append(summary);
        }
        byRow.insert(rows.value(0).toLongLong(), index);
        SourceSummary &summary = summaries[index];
        const qint64 count = rows.value(3).toLongLong();
        const bool dkimAligned = rows.value(4).toString() == u"pass"_s;
        const bool spfAligned = rows.value(5).toString() == u"pass"_s;
        summary.impact.messages += count;
        summary.impact.dkimAligned = summary.impact.dkimAligned || dkimAligned;
        summary.impact.spfAligned = summary.impact.spfAligned || spfAligned;
        if (!dkimAligned && !spfAligned)
            summary.impact.failingMessages += count;
        for (const QString &reason : rows.value(6).toString().split(u',', Qt::SkipEmptyParts))
            addUnique(summary.reasons, reason);
        reportsSeen[index].insert(rows.value(7).toLongLong());
        const QDateTime first = fromEpoch(rows.value(8).toLongLong());
        const QDateTime last = fromEpoch(rows.value(9).toLongLong());
        if (!summary.firstSeen.isValid() || first < summary.firstSeen)
            summary.firstSeen = first;
        if (!summary.lastSeen.isValid() || last > summary.lastSeen)
            summary.lastSeen = last;
    }
    QSqlQuery auth(m_workspace->database());
    auth.prepare(u"SELECT a.row, a.method, a.domain, a.result FROM dmarc_auth a"
                 " JOIN dmarc_rows r2 ON a.row = r2.id WHERE r2.id IN (SELECT r.id"_s
                 + RowFilter + u")"_s);
    bindFilter(auth, policyDomain, begin, end);
    if (!auth.exec())
        return sqlError(auth);
    while (auth.next()) {
        const qsizetype index = byRow.value(auth.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        SourceSummary &summary = summaries[index];
        const bool dkim = auth.value(1).toString() == u"dkim"_s;
        const QString domain = auth.value(2).toString();
        const bool pass = auth.value(3).toString() == u"pass"_s;
        addUnique(dkim ? summary.impact.dkimDomains : summary.impact.spfDomains, domain);
        if (pass)
            addUnique(dkim ? summary.dkimPassDomains : summary.spfPassDomains, domain);
    }
    for (auto it = reportsSeen.cbegin(); it != reportsSeen.cend(); ++it)
        summaries[it.key()].reports = int(it.value().size());
    std::stable_sort(summaries.begin(), summaries.end(), [](const auto &a, const auto &b) {
        return a.impact.messages > b.impact.messages;
    });
    return summaries;
}

Result<QList<DailyCount>> ReportStore::timeline(const QString &policyDomain,
                                                const QString &sourceIp) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT date(p.begin_time, 'unixepoch'),"
                  " SUM(CASE WHEN r.dkim_aligned = 'pass' OR r.spf_aligned = 'pass'"
                  " THEN r.count ELSE 0 END),"
                  " SUM(CASE WHEN r.dkim_aligned = 'pass' OR r.spf_aligned = 'pass'"
                  " THEN 0 ELSE r.count END)"_s
                  + RowFilter + u" AND r.source_ip = ? GROUP BY 1 ORDER BY 1"_s);
    bindFilter(query, policyDomain, {}, {});
    query.addBindValue(sourceIp);
    if (!query.exec())
        return sqlError(query);
    QList<DailyCount> days;
    while (query.next())
        days.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                     query.value(1).toLongLong(),
                     query.value(2).toLongLong()});
    return days;
}

Result<QMap<QString, QStringList>> ReportStore::dkimSelectors() const
{
    QSqlQuery query(m_workspace->database());
    if (!query.exec(u"SELECT DISTINCT domain, selector FROM dmarc_auth WHERE method = 'dkim'"
                    " AND domain <> '' AND selector <> '' ORDER BY domain, selector"_s))
        return sqlError(query);
    QMap<QString, QStringList> selectors;
    while (query.next())
        selectors[query.value(0).toString()] << query.value(1).toString();
    return selectors;
}

Result<RolloutEvidence> ReportStore::evidence(const QString &policyDomain,
                                              const QDateTime &begin,
                                              const QDateTime &end) const
{
    RolloutEvidence evidence;
    evidence.policyDomain = policyDomain.toLower();
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT COUNT(*), MIN(begin_time), MAX(end_time) FROM dmarc_reports p"
                  " WHERE p.policy_domain = ? AND p.end_time >= ? AND p.begin_time <= ?"_s);
    bindFilter(query, policyDomain, begin, end);
    if (!query.exec() || !query.next())
        return sqlError(query);
    evidence.reports = query.value(0).toInt();
    if (evidence.reports == 0)
        return evidence;
    evidence.begin = fromEpoch(query.value(1).toLongLong());
    evidence.end = fromEpoch(query.value(2).toLongLong());
    const auto summaries = sources(policyDomain, begin, end);
    if (!summaries)
        return summaries.error();
    for (const SourceSummary &summary : *summaries) {
        evidence.messages += summary.impact.messages;
        evidence.passingAligned += summary.impact.messages - summary.impact.failingMessages;
        if (summary.impact.failingMessages > 0)
            evidence.failingSources << summary.impact;
    }
    std::stable_sort(evidence.failingSources.begin(),
                     evidence.failingSources.end(),
                     [](const SourceImpact &a, const SourceImpact &b) {
                         return a.failingMessages > b.failingMessages;
                     });
    return evidence;
}

} // namespace Sceau::Dmarc
