#include "model/dkim/selectordiscovery.h"

#include "model/core/async.h"
#include "model/dkim/message.h"
#include "model/dkim/taglist.h"

#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

QStringList commonSelectors()
{
    return {u"google"_s,  u"selector1"_s, u"selector2"_s,     u"k1"_s,          u"k2"_s,
            u"k3"_s,      u"mx"_s,        u"mailjet"_s,       u"mandrill"_s,    u"mte1"_s,
            u"s1"_s,      u"s2"_s,        u"smtpapi"_s,       u"amazonses"_s,   u"pm"_s,
            u"zoho"_s,    u"zmail"_s,     u"default"_s,       u"dkim"_s,        u"mail"_s,
            u"email"_s,   u"key1"_s,      u"key2"_s,          u"sig1"_s,        u"fm1"_s,
            u"fm2"_s,     u"fm3"_s,       u"protonmail"_s,    u"protonmail2"_s, u"protonmail3"_s,
            u"mailgun"_s, u"smtp"_s,      u"everlytickey1"_s, u"cm"_s};
}

static bool isMissing(const KeyCheckReport &report)
{
    return std::any_of(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
        return f.id == u"dkim.selector-missing"_s;
    });
}

QFuture<DiscoveryResult> discoverSelectors(Dns::Resolver *resolver,
                                           QObject *context,
                                           const QString &domain,
                                           const QStringList &selectors)
{
    struct Probe
    {
        QPromise<DiscoveryResult> promise;
        QList<std::optional<KeyCheckReport>> reports; // in the order of selectors
        qsizetype pending = 0;
    };
    auto probe = std::make_shared<Probe>();
    probe->promise.start();
    QFuture<DiscoveryResult> future = probe->promise.future();
    probe->reports.resize(selectors.size());
    probe->pending = selectors.size() + 1; // +1 until every lookup is started
    const auto settle = [probe] {
        if (--probe->pending > 0)
            return;
        DiscoveryResult result;
        for (const auto &report : std::as_const(probe->reports)) {
            if (!report)
                continue;
            Dns::LookupResult status;
            status.status = report->lookupStatus;
            if (status.failed())
                result.failed << report->selector;
            else if (report->lookupStatus == Dns::LookupStatus::Answer && !isMissing(*report))
                result.found << *report;
        }
        probe->promise.addResult(result);
        probe->promise.finish();
    };
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        onResult(checkPublishedKey(resolver, context, domain, selectors.at(i)),
                 context,
                 [probe, i, settle](const KeyCheckReport &report) {
                     probe->reports[i] = report;
                     settle();
                 });
    }
    settle();
    return future;
}

QList<SignerSelector> selectorsInMessages(const QByteArray &emlOrMbox)
{
    // mbox: messages start at lines beginning with "From " (RFC 4155).
    QList<QByteArray> messages;
    const QByteArray data = Message::toCrlf(emlOrMbox);
    qsizetype start = 0;
    for (qsizetype at = data.indexOf("\r\nFrom "); at >= 0;
         at = data.indexOf("\r\nFrom ", at + 2)) {
        messages << data.mid(start, at + 2 - start);
        start = at + 2;
    }
    messages << data.mid(start);

    QList<SignerSelector> pairs;
    for (const QByteArray &raw : std::as_const(messages)) {
        const Message message = Message::parse(raw);
        for (const HeaderField &field : message.headersNamed("dkim-signature")) {
            auto tags = parseTagList(field.value());
            if (!tags)
                continue;
            SignerSelector pair;
            for (const Tag &tag : std::as_const(*tags)) {
                if (tag.name == "d")
                    pair.domain = QString::fromUtf8(stripWhitespace(tag.value)).toLower();
                else if (tag.name == "s")
                    pair.selector = QString::fromUtf8(stripWhitespace(tag.value)).toLower();
            }
            if (pair.domain.isEmpty() || pair.selector.isEmpty())
                continue;
            auto existing = std::find_if(pairs.begin(), pairs.end(), [&](const SignerSelector &p) {
                return p.domain == pair.domain && p.selector == pair.selector;
            });
            if (existing == pairs.end()) {
                pair.count = 1;
                pairs << pair;
            } else {
                ++existing->count;
            }
        }
    }
    return pairs;
}

} // namespace Sceau::Dkim
