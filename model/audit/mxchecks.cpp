#include "model/audit/mxchecks.h"

#include "model/audit/recordchecks.h"

#include <QHostAddress>

#include <algorithm>

namespace Sceau::Audit::Checks {

using Dns::LookupResult;

namespace {
Finding mxFinding(const char *id, Severity severity, const QStringList &args, const char *rfc)
{
    return {QString::fromLatin1(id), severity, args, QString::fromUtf8(rfc)};
}

// The target of the CNAME the lookup met at its own name ("" when the name is no alias).
QString aliasTarget(const LookupResult &lookup)
{
    for (const Dns::ResourceRecord &record : lookup.answerSection) {
        if (record.type == Dns::RrType::CNAME && record.owner == lookup.name) {
            QString target = record.rdata.value(0).toLower();
            if (target.endsWith(u'.'))
                target.chop(1);
            return target;
        }
    }
    return {};
}

// RFC 1035 §3.3.9: one exchange's address lookups.
QList<Finding>
hostFindings(MxHost &host, const QString &domain, const QList<LookupResult> &addressLookups)
{
    if (exchangeIsAddress(host.exchange))
        return {mxFinding(
            "mx.exchange-address", Severity::Error, {host.exchange, domain}, "RFC 1035 §3.3.9")};
    QList<Finding> findings;
    bool failed = false;
    QString alias;
    for (const LookupResult &address : addressLookups) {
        if (address.name != host.exchange)
            continue;
        if (address.failed()) { // could not check this host: never "no address"
            findings << lookupFailed(address);
            failed = true;
            continue;
        }
        if (alias.isEmpty())
            alias = aliasTarget(address);
        for (const Dns::ResourceRecord &record : address.records)
            host.addresses << record.rdata.value(0);
    }
    // RFC 2181 §10.3: the exchange of an MX record must not be an alias (RFC 5321 §5.1).
    if (!alias.isEmpty())
        findings << mxFinding("mx.exchange-alias",
                              Severity::Warning,
                              {host.exchange, domain, alias},
                              "RFC 2181 §10.3");
    if (!failed && host.addresses.isEmpty())
        findings << mxFinding(
            "mx.host-no-address", Severity::Error, {host.exchange, domain}, "RFC 5321 §5.1");
    return findings;
}
} // namespace

bool exchangeIsAddress(const QString &exchange)
{
    QString text = exchange;
    if (text.startsWith(u'[') && text.endsWith(u']')) // an SMTP address literal (RFC 5321 §4.1.3)
        text = text.mid(1, text.size() - 2);
    if (text.startsWith(QLatin1StringView("ipv6:"), Qt::CaseInsensitive))
        text = text.mid(5);
    if (text.contains(u':'))
        return QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol;
    // Four decimal labels, each 0–255: a dotted quad, not a host name.
    const QStringList labels = text.split(u'.');
    return labels.size() == 4 && std::all_of(labels.cbegin(), labels.cend(), [](const QString &l) {
               bool number = false;
               const uint value = l.toUInt(&number);
               return number && !l.isEmpty() && l.size() <= 3 && value <= 255;
           });
}

QList<Finding>
mx(const LookupResult &mx, const QList<LookupResult> &addressLookups, QList<MxHost> *hosts)
{
    if (mx.failed())
        return {lookupFailed(mx)};
    if (mx.records.isEmpty())
        return {mxFinding("mx.missing", Severity::Warning, {mx.name}, "RFC 5321 §5.1")};

    for (const Dns::ResourceRecord &record : mx.records)
        hosts->append({record.mxPreference(), record.mxExchange(), {}});
    std::sort(hosts->begin(), hosts->end(), [](const MxHost &a, const MxHost &b) {
        return a.preference != b.preference ? a.preference < b.preference : a.exchange < b.exchange;
    });

    QList<Finding> findings;
    const auto null = std::find_if(
        hosts->cbegin(), hosts->cend(), [](const MxHost &host) { return host.exchange.isEmpty(); });
    if (null == hosts->cend()) {
        findings << mxFinding(
            "mx.present", Severity::Ok, {mx.name, QString::number(hosts->size())}, "RFC 5321 §5.1");
    } else if (hosts->size() > 1) {
        // RFC 7505 §3: a domain that publishes a null MX must publish no other MX record.
        findings << mxFinding("mx.null-mixed", Severity::Error, {mx.name}, "RFC 7505 §3");
    } else if (null->preference != 0) {
        // RFC 7505 §3: the null MX is preference 0 and exchange "."; "MX 10 ." is neither a
        // null MX nor a usable exchange.
        return {mxFinding("mx.null-preference",
                          Severity::Error,
                          {mx.name, QString::number(null->preference)},
                          "RFC 7505 §3")};
    } else {
        return {mxFinding("mx.null", Severity::Info, {mx.name}, "RFC 7505 §3")};
    }
    for (MxHost &host : *hosts) {
        if (!host.exchange.isEmpty())
            findings << hostFindings(host, mx.name, addressLookups);
    }
    return findings;
}

} // namespace Sceau::Audit::Checks
