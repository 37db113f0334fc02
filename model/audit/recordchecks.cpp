#include "model/audit/recordchecks.h"

#include <QHostAddress>

namespace Sceau::Audit::Checks {

using Dns::LookupResult;
using Dns::LookupStatus;
using Dns::RrType;

namespace {
// A version tag followed by a space or the end, or by ";" (RFC 7489 §6.4).
bool startsWithVersion(const QByteArray &txt, const QByteArray &version, bool semicolonEnds)
{
    const QByteArray trimmed = txt.trimmed();
    if (!trimmed.toLower().startsWith(version.toLower()))
        return false;
    if (trimmed.size() == version.size())
        return true;
    const char next = trimmed.at(version.size());
    return next == ' ' || (semicolonEnds && (next == ';' || next == '\t'));
}

QStringList txtValues(const LookupResult &lookup, bool (*accept)(const QByteArray &))
{
    QStringList values;
    for (const Dns::ResourceRecord &record : lookup.records) {
        const QByteArray joined = record.txtJoined();
        if (accept(joined))
            values << QString::fromUtf8(joined);
    }
    return values;
}
} // namespace

bool isDmarcRecord(const QByteArray &txt)
{
    // RFC 7489 §6.4: "v=DMARC1" must come first; whitespace around "=" is allowed (§6.4 ABNF).
    QByteArray compact = txt.trimmed();
    compact.replace(' ', "").replace('\t', "");
    return startsWithVersion(compact, "v=DMARC1", true);
}

Finding lookupFailed(const LookupResult &lookup)
{
    return {QStringLiteral("dns.lookup-failed"),
            Severity::Error,
            {lookup.name, Dns::typeName(lookup.type), Dns::statusToken(lookup.status), lookup.detail},
            QStringLiteral("RFC 1035 §4.1.1")};
}

QList<Finding> spf(const Spf::Publication &publication, QStringList *records)
{
    const LookupResult &txt = publication.txt;
    if (publication.state == Spf::Publication::State::LookupFailed)
        return {lookupFailed(txt)};
    *records = publication.records;
    if (records->isEmpty())
        return {{QStringLiteral("spf.missing"), Severity::Error, {txt.name}, QStringLiteral("RFC 7208 §4.5")}};
    if (records->size() > 1)
        return {{QStringLiteral("spf.multiple-records"),
                 Severity::Error,
                 {txt.name, QString::number(records->size())},
                 QStringLiteral("RFC 7208 §4.5")}};
    return {{QStringLiteral("spf.present"), Severity::Ok, {txt.name, records->first()}, QStringLiteral("RFC 7208 §4.5")}};
}

QList<Finding> dmarc(const LookupResult &txt, QStringList *records)
{
    if (txt.failed())
        return {lookupFailed(txt)};
    *records = txtValues(txt, &isDmarcRecord);
    if (records->isEmpty())
        return {{QStringLiteral("dmarc.missing"), Severity::Error, {txt.name}, QStringLiteral("RFC 7489 §6.6.3")}};
    if (records->size() > 1)
        return {{QStringLiteral("dmarc.multiple-records"),
                 Severity::Error,
                 {txt.name, QString::number(records->size())},
                 QStringLiteral("RFC 7489 §6.6.3")}};
    return {{QStringLiteral("dmarc.present"), Severity::Ok, {txt.name, records->first()}, QStringLiteral("RFC 7489 §6.6.3")}};
}

QList<Finding> mx(const LookupResult &mx, const QList<LookupResult> &addressLookups, QList<MxHost> *hosts)
{
    if (mx.failed())
        return {lookupFailed(mx)};
    if (mx.records.isEmpty())
        return {{QStringLiteral("mx.missing"), Severity::Warning, {mx.name}, QStringLiteral("RFC 5321 §5.1")}};

    QList<Finding> findings;
    bool hasNull = false;
    for (const Dns::ResourceRecord &record : mx.records) {
        MxHost host{record.mxPreference(), record.mxExchange(), {}};
        hasNull = hasNull || host.exchange.isEmpty();
        hosts->append(host);
    }
    std::sort(hosts->begin(), hosts->end(), [](const MxHost &a, const MxHost &b) {
        return a.preference != b.preference ? a.preference < b.preference : a.exchange < b.exchange;
    });
    if (hasNull) {
        // RFC 7505 §3: a null MX must be the only MX record.
        if (mx.records.size() > 1)
            return {{QStringLiteral("mx.null-mixed"), Severity::Error, {mx.name}, QStringLiteral("RFC 7505 §3")}};
        return {{QStringLiteral("mx.null"), Severity::Info, {mx.name}, QStringLiteral("RFC 7505 §3")}};
    }

    for (MxHost &host : *hosts) {
        bool failed = false;
        for (const LookupResult &address : addressLookups) {
            if (address.name != host.exchange)
                continue;
            if (address.failed()) {
                findings << lookupFailed(address);
                failed = true;
                continue;
            }
            for (const Dns::ResourceRecord &record : address.records)
                host.addresses << record.rdata.value(0);
        }
        if (!failed && host.addresses.isEmpty())
            findings << Finding{QStringLiteral("mx.host-no-address"),
                                Severity::Error,
                                {host.exchange, mx.name},
                                QStringLiteral("RFC 5321 §5.1")};
    }
    findings.prepend({QStringLiteral("mx.present"),
                      Severity::Ok,
                      {mx.name, QString::number(hosts->size())},
                      QStringLiteral("RFC 5321 §5.1")});
    return findings;
}

} // namespace Sceau::Audit::Checks
