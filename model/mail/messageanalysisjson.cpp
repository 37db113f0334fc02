#include "model/mail/messageanalysisjson.h"

#include "model/dkim/verifier.h"
#include "model/dmarc/dmarcjson.h"
#include "model/spf/spfjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sceau::Mail {

namespace {
QJsonObject step(StepState state, const QString &reason)
{
    return {{u"state"_s, stepStateToken(state)}, {u"reason"_s, reason}};
}

QJsonArray strings(const QList<QByteArray> &list)
{
    QJsonArray array;
    for (const QByteArray &item : list)
        array.append(QString::fromLatin1(item));
    return array;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QJsonObject toJson(const MessageAnalysis &analysis)
{
    QJsonObject dkim = step(analysis.dkim.state, analysis.dkim.reason);
    QJsonArray signatures;
    for (const SignatureCheck &check : analysis.dkim.signatures) {
        const Dkim::SignatureResult &r = check.result;
        signatures.append(QJsonObject{{u"d"_s, r.domain},
                                      {u"s"_s, r.selector},
                                      {u"algorithm"_s, r.algorithm},
                                      {u"state"_s, stepStateToken(check.state)},
                                      {u"reason"_s, check.reason},
                                      {u"result"_s, Dkim::verifyStatusToken(r.status)},
                                      {u"result_reason"_s, r.reason},
                                      {u"detail"_s, r.detail},
                                      {u"key_bits"_s, r.keyBits},
                                      {u"signed_headers"_s, strings(check.signedHeaders)}});
    }
    dkim.insert(u"signatures"_s, signatures);
    dkim.insert(u"skipped"_s, analysis.dkim.skipped);

    const SpfStep &s = analysis.spf;
    QJsonObject spf = step(s.state, s.reason);
    spf.insert(u"client_ip"_s, s.sender.ip.isNull() ? QJsonValue() : s.sender.ip.toString());
    spf.insert(u"client_ip_source"_s, traceSourceToken(s.sender.ipSource));
    spf.insert(u"mail_from"_s,
               s.sender.mailFromKnown ? QJsonValue(s.sender.mailFrom) : QJsonValue());
    spf.insert(u"mail_from_source"_s, traceSourceToken(s.sender.mailFromSource));
    spf.insert(u"helo"_s, s.sender.helo.isEmpty() ? QJsonValue() : QJsonValue(s.sender.helo));
    spf.insert(u"helo_source"_s, traceSourceToken(s.sender.heloSource));
    spf.insert(u"identity"_s, s.heloIdentity ? u"helo"_s : u"mail_from"_s);
    spf.insert(u"evidence"_s, s.sender.evidence);
    spf.insert(u"evaluation"_s,
               s.evaluation ? QJsonValue(Spf::toJson(*s.evaluation)) : QJsonValue());

    const DmarcStep &d = analysis.dmarc;
    QJsonObject dmarc = step(d.state, d.reason);
    dmarc.insert(u"from_domain"_s, d.fromDomain.isEmpty() ? QJsonValue() : d.fromDomain);
    if (!d.fromDetail.isEmpty())
        dmarc.insert(u"from_detail"_s, d.fromDetail);
    dmarc.insert(u"alignment"_s,
                 d.alignment ? QJsonValue(Dmarc::toJson(*d.alignment)) : QJsonValue());

    const OneClickStep &o = analysis.oneClick;
    QJsonObject oneClick = step(o.state, o.reason);
    oneClick.insert(u"list_unsubscribe"_s, orNull(o.listUnsubscribe));
    oneClick.insert(u"list_unsubscribe_post"_s, orNull(o.listUnsubscribePost));
    oneClick.insert(u"https_uri"_s, o.httpsUri.isEmpty() ? QJsonValue() : o.httpsUri);
    QJsonArray covered;
    for (const qsizetype index : o.coveredBy)
        covered.append(
            QJsonObject{{u"d"_s, analysis.dkim.signatures.at(index).result.domain},
                        {u"s"_s, analysis.dkim.signatures.at(index).result.selector},
                        {u"state"_s, stepStateToken(analysis.dkim.signatures.at(index).state)}});
    oneClick.insert(u"covered_by"_s, covered);

    QJsonArray selectors;
    for (const SelectorSeen &seen : analysis.selectors)
        selectors.append(QJsonObject{{u"d"_s, seen.domain}, {u"s"_s, seen.selector}});

    return {{u"headers_only"_s, analysis.headersOnly},
            {u"dkim"_s, dkim},
            {u"spf"_s, spf},
            {u"dmarc"_s, dmarc},
            {u"one_click"_s, oneClick},
            {u"selectors"_s, selectors}};
}

} // namespace Sceau::Mail
