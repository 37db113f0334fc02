#include "model/export/htmlreport.h"

#include "model/audit/areaassessment.h"
#include "model/audit/findingcatalogue.h"
#include "model/audit/reportfacts.h"
#include "model/dns/resolverfactory.h"
#include "model/export/tr.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sceau::Export {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
}

QString scoreText(const QJsonValue &score)
{
    //: a score out of 100
    return score.isDouble() ? Tr::tr("%1/100").arg(score.toInt()) : QStringLiteral("—");
}

QString overallText(const QString &token)
{
    const auto state = Audit::OverallStates.value(token);
    return state ? Audit::overallStateName(*state) : esc(token);
}

// Colours that print legibly in black and white too (the state is also in words).
QString stateColour(const QString &token)
{
    if (token == u"good")
        return u"#1b7f3b"_s;
    if (token == u"to-improve")
        return u"#9a6700"_s;
    if (token == u"failing")
        return u"#b42318"_s;
    return u"#555555"_s;
}

QString stateCell(const QString &token, const QString &text)
{
    return u"<td><font color=\"%1\"><b>%2</b></font></td>"_s.arg(stateColour(token), esc(text));
}

void summaryTable(QString &html, const QList<ExportedCheck> &checks)
{
    html += u"<h2>"_s + esc(Tr::tr("Summary")) + u"</h2>"_s;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s;
    for (const QString &header :
         {Tr::tr("Domain"), Tr::tr("Client"), Tr::tr("State"), Tr::tr("Score"), Tr::tr("Checked")})
        html += u"<th align=\"left\">"_s + esc(header) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const ExportedCheck &check : checks) {
        html += u"<tr><td>"_s + esc(check.domain.name) + u"</td><td>"_s + esc(check.domain.client)
                + u"</td>"_s;
        html += stateCell(check.check.state, overallText(check.check.state));
        html += u"<td>"_s
                + esc(check.check.score ? Tr::tr("%1/100").arg(*check.check.score)
                                        : QStringLiteral("—"))
                + u"</td><td>"_s + esc(when(check.check.at)) + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
}

void areasTable(QString &html, const QJsonObject &report)
{
    html += u"<h3>"_s + esc(Tr::tr("Areas")) + u"</h3>"_s;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>"_s;
    for (const QString &header : {Tr::tr("Area"), Tr::tr("State"), Tr::tr("Score")})
        html += u"<th align=\"left\">"_s + esc(header) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QJsonValue &value : report.value("areas"_L1).toArray()) {
        const QJsonObject area = value.toObject();
        const auto which = Audit::Areas.value(area.value("area"_L1).toString());
        const QString token = area.value("state"_L1).toString();
        const auto state = Audit::AreaStates.value(token);
        if (!which || !state)
            continue; // an area of a later version: its token means nothing here
        QString score = scoreText(area.value("score"_L1));
        if (area.value("provisional"_L1).toBool() && area.value("score"_L1).isDouble())
            //: a score computed while some lookups failed
            score += u" "_s + Tr::tr("(provisional)");
        html += u"<tr><td>"_s + esc(Audit::areaName(*which)) + u"</td>"_s
                + stateCell(token, Audit::areaStateName(*state)) + u"<td>"_s + esc(score)
                + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
}

void findingItem(QString &html, const Finding &finding, bool withRemedy)
{
    const FindingText text = Audit::FindingCatalogue::text(finding);
    html += u"<li><b>"_s + esc(text.title) + u"</b>"_s;
    if (!text.explanation.isEmpty())
        html += u"<br/>"_s + esc(text.explanation);
    if (withRemedy && !text.remediation.isEmpty())
        html += u"<br/><i>"_s + esc(Tr::tr("How to fix:")) + u"</i> "_s + esc(text.remediation);
    if (!finding.rfc.isEmpty()) {
        const QString url = rfcUrl(finding.rfc);
        html += u"<br/><small>"_s
                + (url.isEmpty() ? esc(finding.rfc)
                                 : u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(finding.rfc)))
                + u"</small>"_s;
    }
    html += u"</li>"_s;
}

void findingsSection(QString &html, const QList<Finding> &findings)
{
    const auto section = [&](const QString &title, auto &&keep, bool withRemedy) {
        QList<Finding> kept;
        for (const Finding &finding : findings)
            if (keep(finding))
                kept << finding;
        if (kept.isEmpty())
            return;
        html += u"<h3>"_s + esc(title) + u"</h3><ul>"_s;
        for (const Finding &finding : std::as_const(kept))
            findingItem(html, finding, withRemedy);
        html += u"</ul>"_s;
    };
    const auto posture = [](const Finding &f, Severity severity) {
        return f.severity == severity && !isCouldNotCheck(f);
    };
    section(
        Tr::tr("To fix"), [&](const Finding &f) { return posture(f, Severity::Error); }, true);
    section(
        Tr::tr("To improve"),
        [&](const Finding &f) { return posture(f, Severity::Warning); },
        true);
    section(
        Tr::tr("Could not check"), [](const Finding &f) { return isCouldNotCheck(f); }, false);
    section(
        Tr::tr("Notes"), [&](const Finding &f) { return posture(f, Severity::Info); }, false);
}

void recordList(QString &html, const QString &title, const QStringList &records, bool known)
{
    html += u"<p><b>"_s + esc(title) + u"</b><br/>"_s;
    if (!known)
        html += u"<i>"_s + esc(Tr::tr("could not be looked up")) + u"</i>"_s;
    else if (records.isEmpty())
        html += u"<i>"_s + esc(Tr::tr("none published")) + u"</i>"_s;
    for (const QString &record : records)
        html += u"<tt>"_s + esc(record) + u"</tt><br/>"_s;
    html += u"</p>"_s;
}

QString startTlsText(const std::optional<bool> &startTls)
{
    if (!startTls)
        //: STARTTLS of an MX host: not tested
        return Tr::tr("not tested");
    return *startTls ? Tr::tr("yes") : Tr::tr("no");
}

void recordsSection(QString &html, const Audit::ReportFacts &facts, const QJsonObject &report)
{
    html += u"<h3>"_s + esc(Tr::tr("Records")) + u"</h3>"_s;
    recordList(html, Tr::tr("SPF"), facts.spfRecords, facts.spfKnown);
    QStringList dmarc;
    for (const QJsonValue &record :
         report.value("dmarc"_L1).toObject().value("records"_L1).toArray())
        dmarc << record.toString();
    // The policy was determined (a record, or none anywhere in the tree walk): known.
    const bool dmarcKnown = facts.dmarcPolicy.has_value() || !dmarc.isEmpty();
    recordList(html, Tr::tr("DMARC"), dmarc.mid(0, Audit::MaxFactsItems), dmarcKnown);
    for (const Audit::DkimFacts &selector : facts.dkim)
        //: %1 a DKIM selector
        recordList(html,
                   Tr::tr("DKIM, selector %1").arg(selector.selector),
                   selector.records,
                   selector.known);
    html += u"<p><b>"_s + esc(Tr::tr("MX")) + u"</b></p>"_s;
    if (!facts.mxKnown) {
        html += u"<p><i>"_s + esc(Tr::tr("could not be looked up")) + u"</i></p>"_s;
        return;
    }
    if (facts.mx.isEmpty()) {
        html += u"<p><i>"_s + esc(Tr::tr("none published")) + u"</i></p>"_s;
        return;
    }
    QHash<QString, QStringList> addresses;
    for (const QJsonValue &value : report.value("mx"_L1).toArray()) {
        const QJsonObject host = value.toObject();
        QStringList list;
        for (const QJsonValue &address : host.value("addresses"_L1).toArray()) {
            if (list.size() == Audit::MaxFactsItems) // the workspace file is untrusted
                break;
            list << address.toString();
        }
        addresses.insert(host.value("exchange"_L1).toString(), list);
    }
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>"_s;
    for (const QString &header :
         {Tr::tr("Preference"), Tr::tr("Host"), Tr::tr("Addresses"), Tr::tr("STARTTLS")})
        html += u"<th align=\"left\">"_s + esc(header) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const Audit::MxFacts &host : facts.mx) {
        html
            += u"<tr><td>"_s + QString::number(host.preference) + u"</td><td>"_s
               + esc(host.exchange.isEmpty() ? Tr::tr("(null MX: accepts no mail)") : host.exchange)
               + u"</td><td>"_s + esc(addresses.value(host.exchange).join(u", "_s)) + u"</td><td>"_s
               + esc(startTlsText(host.startTls)) + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
}

void domainSection(QString &html, const ExportedCheck &check)
{
    html += u"<h2>"_s + esc(check.domain.name) + u"</h2>"_s;
    if (!check.domain.client.isEmpty())
        html += u"<p>"_s + esc(Tr::tr("Client: %1").arg(check.domain.client)) + u"</p>"_s;
    const auto facts = Audit::factsFromJson(check.report);
    if (!facts) {
        html += u"<p><i>"_s + esc(Tr::tr("The saved report of this check cannot be read."))
                + u"</i></p>"_s;
        return;
    }
    //: %1 a state ("Good", "Failing"…), %2 a score ("80/100" or "—")
    html += u"<p><b>"_s
            + esc(Tr::tr("%1, %2").arg(overallText(check.check.state),
                                       check.check.score ? Tr::tr("%1/100").arg(*check.check.score)
                                                         : QStringLiteral("—")))
            + u"</b><br/>"_s;
    //: %1 a date and time, %2 how DNS was asked ("the system resolver", "127.0.0.1:53")
    html += esc(Tr::tr("Checked %1 through %2.")
                    .arg(when(check.check.at), Dns::resolverDescriptionText(check.check.resolver)));
    if (!check.check.complete)
        html += u"<br/>"_s
                + esc(Tr::tr("Some lookups failed: the score is provisional and rates only what "
                             "could be checked."));
    html += u"</p>"_s;
    areasTable(html, check.report);
    findingsSection(html, facts->findings);
    recordsSection(html, *facts, check.report);
}

} // namespace

QString rfcUrl(const QString &rfc)
{
    static const QRegularExpression pattern(
        u"RFC\\s*(\\d{1,5})(?:\\s*§\\s*([A-Z]?[0-9.]*[0-9]))?"_s);
    const QRegularExpressionMatch match = pattern.match(rfc);
    if (!match.hasMatch())
        return {};
    QString url = u"https://www.rfc-editor.org/rfc/rfc"_s + match.captured(1);
    if (!match.captured(2).isEmpty()) {
        const QString section = match.captured(2);
        url += (section.front().isLetter() ? u"#appendix-"_s : u"#section-"_s) + section;
    }
    return url;
}

QString htmlReport(const QList<ExportedCheck> &checks, const QDateTime &generatedAt)
{
    QString html = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s
                   + esc(Tr::tr("Email security report")) + u"</title></head><body>"_s;
    html += u"<h1>"_s + esc(Tr::tr("Email security report")) + u"</h1>"_s;
    //: %1 a date and time, %n the number of domains
    html += u"<p>"_s
            + esc(Tr::tr("Made on %1 for %n domain(s), from the latest check of each.",
                         nullptr,
                         int(checks.size()))
                      .arg(when(generatedAt)))
            + u"</p>"_s;
    if (checks.size() > 1)
        summaryTable(html, checks);
    for (const ExportedCheck &check : checks)
        domainSection(html, check);
    html += u"<hr/><p><small>"_s
            + esc(Tr::tr("Made with Sceau %1.").arg(QStringLiteral(SCEAU_VERSION)))
            + u"</small></p></body></html>"_s;
    return html;
}

} // namespace Sceau::Export
