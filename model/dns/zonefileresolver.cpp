#include "model/dns/zonefileresolver.h"

#include "model/core/domainname.h"
#include "model/dns/cnamefollower.h"
#include "model/dns/tr.h"
#include "model/dns/zonefilereader.h"

#include <QFile>
#include <QFuture>

#include <ldns/ldns.h>

namespace Sceau::Dns {

namespace {
const QString OverlayServer = QStringLiteral("zone file");

QString parentOf(const QString &name)
{
    const qsizetype dot = name.indexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1);
}
} // namespace

ZoneFileResolver::ZoneFileResolver(QObject *parent)
    : Resolver(parent)
{
}

Result<void> ZoneFileResolver::addZoneFile(const QString &path, const QString &origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("%1: %2").arg(path, file.errorString())};
    // Read at most one byte past the limit: a larger file (or device) is refused, never loaded.
    const auto added = addZoneText(file.read(ZoneFileReader::MaxBytes + 1), origin);
    if (!added)
        return Error{added.error().code, QStringLiteral("%1: %2").arg(path, added.error().detail)};
    return {};
}

Result<void> ZoneFileResolver::addZoneText(const QByteArray &masterFileText, const QString &origin)
{
    auto parsed = ZoneFileReader::read(masterFileText, origin);
    if (!parsed)
        return parsed.error();
    Zone result;
    result.origin = parsed->origin;
    for (const ResourceRecord &record : std::as_const(parsed->records)) {
        if (!DomainName::isSubdomainOf(record.owner, result.origin))
            return Error{ErrorCode::ZoneFileInvalid,
                         Tr::tr("the record owner %1 lies outside the zone %2")
                             .arg(record.owner, result.origin)};
        result.records[record.owner] << record;
        // A name exists when it owns records or has descendants (empty non-terminals).
        for (QString name = record.owner; DomainName::isSubdomainOf(name, result.origin);
             name = parentOf(name)) {
            result.existingNames.insert(name);
            if (name == result.origin)
                break;
        }
    }
    return addZone(std::move(result));
}

Result<void> ZoneFileResolver::addZone(Zone zone)
{
    for (const Zone &existing : std::as_const(m_zones)) {
        if (existing.origin == zone.origin)
            return Error{ErrorCode::ZoneFileInvalid,
                         Tr::tr("the zone %1 is loaded twice").arg(zone.origin)};
    }
    m_zones << std::move(zone);
    m_answers.clear();
    return {};
}

void ZoneFileResolver::setFallback(Resolver *fallback)
{
    m_fallback = fallback;
    m_answers.clear();
}

QStringList ZoneFileResolver::zones() const
{
    QStringList origins;
    for (const Zone &zone : m_zones)
        origins << zone.origin;
    return origins;
}

const ZoneFileResolver::Zone *ZoneFileResolver::zoneFor(const QString &name) const
{
    const Zone *best = nullptr;
    for (const Zone &zone : m_zones) {
        if (DomainName::isSubdomainOf(name, zone.origin)
            && (!best || zone.origin.size() > best->origin.size()))
            best = &zone;
    }
    return best;
}

QFuture<LookupResult> ZoneFileResolver::lookup(const QString &name, RrType type)
{
    const QString lowered = DomainName::lowercase(name);
    if (m_fallback) // the fallback's answers may change: never kept
        return Cname::follow(
            lowered, type, [this](const QString &n, RrType t) { return ask(n, t); }, this);
    std::pair<QString, int> key{lowered, int(type)};
    if (const auto kept = m_answers.constFind(key); kept != m_answers.cend())
        return *kept;
    if (m_answers.size() >= MaxKeptAnswers)
        m_answers.clear();
    const QFuture<LookupResult> answer = Cname::follow(
        lowered, type, [this](const QString &n, RrType t) { return ask(n, t); }, this);
    m_answers.insert(std::move(key), answer);
    return answer;
}

QFuture<LookupResult> ZoneFileResolver::ask(const QString &name, RrType type) const
{
    if (const Zone *zone = zoneFor(name))
        return QtFuture::makeReadyFuture(answer(*zone, name, type));
    if (m_fallback)
        return m_fallback->lookup(name, type);
    // --offline: nothing outside the loaded zones exists.
    LookupResult result;
    result.name = name;
    result.type = type;
    result.status = LookupStatus::NxDomain;
    result.rcode = LDNS_RCODE_NXDOMAIN;
    result.server = OverlayServer;
    result.detail = Tr::tr("offline: outside the loaded zones");
    return QtFuture::makeReadyFuture(result);
}

// What an authoritative server says for one name of the zone: the RRset, or the name's CNAME
// (Cname::follow() goes on from there), or NODATA, or NXDOMAIN.
LookupResult ZoneFileResolver::answer(const Zone &zone, const QString &name, RrType type) const
{
    LookupResult result;
    result.name = name;
    result.type = type;
    result.authoritative = true;
    result.server = OverlayServer;
    result.rcode = LDNS_RCODE_NOERROR;
    result.status = LookupStatus::NoData;

    QList<ResourceRecord> owned = zone.records.value(name);
    if (owned.isEmpty() && !zone.existingNames.contains(name)) {
        // RFC 4592 §3.3.1: the closest encloser's wildcard, if any, synthesizes the answer.
        QString encloser = parentOf(name);
        while (!encloser.isEmpty() && !zone.existingNames.contains(encloser))
            encloser = parentOf(encloser);
        const QList<ResourceRecord> wild = zone.records.value(QStringLiteral("*.") + encloser);
        if (encloser.isEmpty() || wild.isEmpty()) {
            result.status = LookupStatus::NxDomain;
            result.rcode = LDNS_RCODE_NXDOMAIN;
            return result;
        }
        for (ResourceRecord record : wild) {
            record.owner = name;
            owned << record;
        }
    }
    for (const ResourceRecord &record : std::as_const(owned)) {
        if (record.type == type || type == RrType::ANY)
            result.answerSection << record;
    }
    if (result.answerSection.isEmpty()) {
        for (const ResourceRecord &record : std::as_const(owned)) {
            if (record.type == RrType::CNAME)
                result.answerSection << record; // RFC 1034 §4.3.2 step 3a
        }
    }
    return result;
}

} // namespace Sceau::Dns
