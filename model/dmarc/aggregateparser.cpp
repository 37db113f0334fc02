#include "model/dmarc/aggregateparser.h"

#include "model/dmarc/tr.h"

#include <QTimeZone>
#include <QXmlStreamReader>

namespace Sceau::Dmarc {

namespace {

// RFC 9990 Appendix A: the namespace of the new schema.
constexpr QStringView Rfc9990Namespace = u"urn:ietf:params:xml:ns:dmarc-2.0";
constexpr int MaxWrappers = 4; // elements around <feedback> that are tolerated

Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

// Seconds since the epoch (RFC 9990 date_range), UTC; invalid when not a number. Some
// reporters write a decimal point or spaces: the integer part is kept.
QDateTime epoch(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.section(u'.', 0, 0).trimmed().toLongLong(&ok);
    return ok && seconds >= 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

class Reader
{
public:
    explicit Reader(const QByteArray &xml)
        : m_xml(xml)
    {
    }

    Result<AggregateReport> read()
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (auto started = start(); !started)
                    return started.error();
                break;
            case QXmlStreamReader::Characters:
                if (m_path.isEmpty())
                    break;
                if (m_text.size() + m_xml.text().size() > MaxReportFieldLength)
                    //: %1 an XML element, %2 a number of characters
                    return invalid(Tr::tr("the value of <%1> is longer than %2 characters")
                                       .arg(m_path.value(m_path.size() - 1))
                                       .arg(MaxReportFieldLength));
                m_text += m_xml.text();
                break;
            case QXmlStreamReader::EndElement:
                if (m_path.isEmpty())
                    break; // a wrapper's end
                if (auto ended = end(); !ended)
                    return ended.error();
                if (m_path.isEmpty())
                    return finish(); // what follows </feedback> is not the report
                break;
            default:
                break;
            }
        }
        if (m_xml.hasError()) {
            if (!m_sawRoot && m_wrappers == 0)
                return invalid(Tr::tr("the file is empty or not XML"));
            //: %1 a line number, %2 the XML parser's message
            return invalid(Tr::tr("the XML is malformed at line %1: %2")
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.errorString()));
        }
        return finish();
    }

private:
    Result<void> start()
    {
        const QString name = m_xml.name().toString().toLower();
        if (m_path.isEmpty()) {
            // Some reporters wrap <feedback> in another element (an unclosed <xs:schema>): the
            // report is the first <feedback>, within a few wrappers.
            if (name != u"feedback") {
                if (++m_wrappers > MaxWrappers)
                    return invalid(Tr::tr("no <feedback> element: not a DMARC report"));
                return {};
            }
            m_sawRoot = true;
            m_report.format = m_xml.namespaceUri() == Rfc9990Namespace ? ReportFormat::Rfc9990
                                                                       : ReportFormat::Rfc7489;
        }
        m_path.append(name);
        m_text.clear();
        if (m_path.size() == 2 && name == u"record") {
            if (m_report.records.size() >= MaxReportRecords)
                //: %1 a number of records
                return invalid(Tr::tr("the report has more than %1 records").arg(MaxReportRecords));
            m_report.records.append(ReportRecord{});
        } else if (m_path.size() == 4 && m_path.at(2) == u"auth_results"
                   && !m_report.records.isEmpty()) {
            ReportRecord &record = m_report.records.last();
            QList<AuthResult> &list = name == u"dkim" ? record.dkimResults : record.spfResults;
            if (name == u"dkim" || name == u"spf") {
                if (list.size() >= MaxAuthResults)
                    return invalid(Tr::tr("a record has more than %1 authentication results")
                                       .arg(MaxAuthResults));
                list.append(AuthResult{});
            }
        }
        return {};
    }

    Result<void> end()
    {
        const QString value = m_text.trimmed();
        const QString token = value.toLower();
        const qsizetype depth = m_path.size();
        const QString name = m_path.value(depth - 1);
        const QString parent = m_path.value(depth - 2);
        if (depth == 3 && parent == u"report_metadata") {
            if (name == u"org_name")
                m_report.orgName = value;
            else if (name == u"email")
                m_report.email = value;
            else if (name == u"report_id")
                m_report.reportId = value;
            else if (name == u"error")
                m_report.errors << value;
        } else if (depth == 4 && parent == u"date_range") {
            if (name == u"begin")
                m_report.begin = epoch(value);
            else if (name == u"end")
                m_report.end = epoch(value);
        } else if (depth == 3 && parent == u"policy_published") {
            setPolicy(name, value, token);
        } else if (!m_report.records.isEmpty() && depth >= 4 && m_path.at(1) == u"record") {
            if (auto set = setRecord(m_report.records.last(), depth, name, parent, value, token);
                !set)
                return set;
        }
        m_path.removeLast();
        m_text.clear();
        return {};
    }

    void setPolicy(const QString &name, const QString &value, const QString &token)
    {
        PolicyPublished &policy = m_report.policy;
        if (name == u"domain")
            policy.domain = token;
        else if (name == u"p")
            policy.p = token;
        else if (name == u"sp")
            policy.sp = token;
        else if (name == u"np")
            policy.np = token;
        else if (name == u"adkim")
            policy.adkim = token;
        else if (name == u"aspf")
            policy.aspf = token;
        else if (name == u"fo")
            policy.fo = value;
        else if (name == u"testing")
            policy.testing = token;
        else if (name == u"discovery_method")
            policy.discoveryMethod = token;
        // RFC 9990 Appendix A: testing and discovery_method exist only in the new schema; a
        // report that has them without the namespace is still in its format.
        if (name == u"testing" || name == u"discovery_method")
            m_report.format = ReportFormat::Rfc9990;
        else if (name == u"pct")
            policy.pct = value;
    }

    Result<void> setRecord(ReportRecord &record,
                           qsizetype depth,
                           const QString &name,
                           const QString &parent,
                           const QString &value,
                           const QString &token)
    {
        if (depth == 4 && parent == u"row") {
            if (name == u"source_ip") {
                record.sourceIp = value;
            } else if (name == u"count") {
                bool ok = false;
                record.count = value.toLongLong(&ok);
                if (!ok || record.count < 0)
                    //: %1 the text found
                    return invalid(Tr::tr("a record's <count> is not a number: \"%1\"").arg(value));
            }
        } else if (depth == 5 && parent == u"policy_evaluated") {
            if (name == u"disposition")
                record.disposition = token;
            else if (name == u"dkim")
                record.dkim = token;
            else if (name == u"spf")
                record.spf = token;
        } else if (depth == 6 && parent == u"reason" && name == u"type" && !token.isEmpty()) {
            record.reasons << token;
        } else if (depth == 4 && parent == u"identifiers") {
            if (name == u"header_from")
                record.headerFrom = token;
            else if (name == u"envelope_from")
                record.envelopeFrom = token;
            else if (name == u"envelope_to")
                record.envelopeTo = token;
        } else if (depth == 5 && m_path.at(2) == u"auth_results") {
            QList<AuthResult> &list = parent == u"dkim" ? record.dkimResults : record.spfResults;
            if ((parent == u"dkim" || parent == u"spf") && !list.isEmpty()) {
                AuthResult &result = list.last();
                if (name == u"domain")
                    result.domain = token;
                else if (name == u"selector")
                    result.selector = value;
                else if (name == u"scope")
                    result.scope = token;
                else if (name == u"result")
                    result.result = token;
            }
        }
        return {};
    }

    Result<AggregateReport> finish()
    {
        if (!m_sawRoot)
            return invalid(Tr::tr("no <feedback> element: not a DMARC report"));
        // RFC 9990 §3.1.1: report_id, date_range and the policy domain are required; without
        // them a report can be neither deduplicated nor placed in time.
        if (m_report.reportId.isEmpty())
            return invalid(Tr::tr("the report has no <report_id>"));
        if (!m_report.begin.isValid() || !m_report.end.isValid())
            return invalid(Tr::tr("the report has no valid <date_range> (begin and end in "
                                  "seconds since 1970)"));
        if (m_report.policy.domain.isEmpty())
            return invalid(Tr::tr("the report has no <policy_published> <domain>"));
        for (const ReportRecord &record : std::as_const(m_report.records)) {
            if (record.sourceIp.isEmpty())
                return invalid(Tr::tr("a record has no <source_ip>"));
        }
        return m_report;
    }

    QXmlStreamReader m_xml;
    QStringList m_path; // local names, lowercase, from the root
    QString m_text;
    bool m_sawRoot = false;
    int m_wrappers = 0; // elements opened before <feedback>
    AggregateReport m_report;
};

} // namespace

Result<AggregateReport> parseAggregateReport(const QByteArray &xml)
{
    if (xml.size() > MaxReportXmlSize)
        //: %1 a number of bytes
        return invalid(Tr::tr("the report is larger than %1 bytes").arg(MaxReportXmlSize));
    return Reader(xml).read();
}

} // namespace Sceau::Dmarc
