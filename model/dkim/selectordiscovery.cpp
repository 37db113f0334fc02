#include "model/dkim/selectordiscovery.h"

#include "model/core/async.h"
#include "model/core/chain.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/message.h"
#include "model/dkim/taglist.h"

#include <QHash>

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

QStringList selectorsToProbe(const QString &domain, const QStringList &learned)
{
    QStringList selectors = commonSelectors();
    int added = 0;
    for (const QString &candidate : learned) {
        if (added == MaxLearnedSelectors)
            break;
        const auto valid = validateSelector(candidate, domain);
        if (valid && !selectors.contains(*valid)) {
            selectors << *valid;
            ++added;
        }
    }
    return selectors;
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
    QList<QFuture<KeyCheckReport>> probes;
    probes.reserve(selectors.size());
    for (const QString &selector : selectors)
        probes << checkPublishedKey(resolver, context, domain, selector);
    return chain(allResults(probes), context, [](const QList<KeyCheckReport> &reports) {
        DiscoveryResult result;
        for (const KeyCheckReport &report : reports) {
            if (Dns::isFailure(report.lookupStatus))
                result.failed << report.selector;
            else if (report.lookupStatus == Dns::LookupStatus::Answer && !isMissing(report))
                result.found << report;
        }
        return result;
    });
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
    QHash<std::pair<QString, QString>, qsizetype> index; // (d, s) -> position in pairs
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
            const auto key = std::make_pair(pair.domain, pair.selector);
            if (const auto existing = index.constFind(key); existing != index.cend()) {
                ++pairs[*existing].count;
            } else {
                index.insert(key, pairs.size());
                pair.count = 1;
                pairs << pair;
            }
        }
    }
    return pairs;
}

} // namespace Sceau::Dkim
