#include "model/dns/zonefileresolver.h"

#include "model/core/domainname.h"
#include "model/dns/ldnsrecord.h"
#include "model/dns/tr.h"

#include <QFile>
#include <QSet>
#include <QFuture>

#include <cstdio>
#include <memory>

namespace Sceau::Dns {

namespace {
struct ZoneDeleter
{
    void operator()(ldns_zone *zone) const { ldns_zone_deep_free(zone); }
};
struct RdfDeleter
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
struct FileCloser
{
    void operator()(FILE *file) const { fclose(file); }
};

constexpr int MaxCnameChain = 8;
const QString OverlayServer = QStringLiteral("zone file");

QString parentOf(const QString &name)
{
    const qsizetype dot = name.indexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1);
}
} // namespace

ZoneFileResolver::ZoneFileResolver(QObject *parent)
    : Resolver(parent)
{}

Result<void> ZoneFileResolver::addZoneFile(const QString &path, const QString &origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, QStringLiteral("%1: %2").arg(path, file.errorString())};
    const auto added = addZoneText(file.readAll(), origin);
    if (!added)
        return Error{added.error().code, QStringLiteral("%1: %2").arg(path, added.error().detail)};
    return {};
}

Result<void> ZoneFileResolver::addZoneText(const QByteArray &masterFileText, const QString &origin)
{
    QByteArray text = masterFileText;
    if (!text.endsWith('\n'))
        text.append('\n');
    std::unique_ptr<FILE, FileCloser> stream(fmemopen(text.data(), size_t(text.size()), "r"));
    if (!stream)
        return Error{ErrorCode::Internal, QStringLiteral("fmemopen failed")};

    std::unique_ptr<ldns_rdf, RdfDeleter> originRdf;
    if (!origin.isEmpty()) {
        const auto normalized = DomainName::fromUserInput(origin);
        if (!normalized)
            return normalized.error();
        originRdf.reset(ldns_dname_new_frm_str((*normalized + u'.').toLatin1().constData()));
    }
    ldns_zone *parsed = nullptr;
    int line = 0;
    const ldns_status status
        = ldns_zone_new_frm_fp_l(&parsed, stream.get(), originRdf.get(), 3600, LDNS_RR_CLASS_IN, &line);
    std::unique_ptr<ldns_zone, ZoneDeleter> zone(parsed);
    if (status != LDNS_STATUS_OK)
        return Error{ErrorCode::ZoneFileInvalid,
                     Tr::tr("line %1: %2").arg(line).arg(QString::fromLatin1(ldns_get_errorstr_by_id(status)))};

    Zone result;
    if (const ldns_rr *soa = ldns_zone_soa(zone.get()))
        result.origin = Ldns::dnameToString(ldns_rr_owner(soa));
    else if (originRdf)
        result.origin = Ldns::dnameToString(originRdf.get());
    else
        return Error{ErrorCode::ZoneFileInvalid, Tr::tr("the zone has no SOA record and no origin was given")};

    QList<ResourceRecord> records;
    if (const ldns_rr *soa = ldns_zone_soa(zone.get()))
        records << Ldns::toResourceRecord(soa);
    const ldns_rr_list *rrs = ldns_zone_rrs(zone.get());
    for (size_t i = 0; rrs && i < ldns_rr_list_rr_count(rrs); ++i)
        records << Ldns::toResourceRecord(ldns_rr_list_rr(rrs, i));

    for (const ResourceRecord &record : std::as_const(records)) {
        if (!DomainName::isSubdomainOf(record.owner, result.origin))
            return Error{ErrorCode::ZoneFileInvalid,
                         Tr::tr("the record owner %1 lies outside the zone %2").arg(record.owner, result.origin)};
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
            return Error{ErrorCode::ZoneFileInvalid, Tr::tr("the zone %1 is loaded twice").arg(zone.origin)};
    }
    m_zones << std::move(zone);
    return {};
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

std::optional<LookupResult> ZoneFileResolver::answerFromZones(const QString &name, RrType type) const
{
    const QString normalized = name.toLower();
    if (const Zone *zone = zoneFor(normalized))
        return answer(*zone, normalized, type);
    return std::nullopt;
}

QFuture<LookupResult> ZoneFileResolver::lookup(const QString &name, RrType type)
{
    if (auto result = answerFromZones(name, type))
        return QtFuture::makeReadyFuture(*result);
    if (m_fallback)
        return m_fallback->lookup(name, type);
    // --offline: nothing outside the loaded zones exists.
    LookupResult result;
    result.name = name.toLower();
    result.type = type;
    result.status = LookupStatus::NxDomain;
    result.rcode = LDNS_RCODE_NXDOMAIN;
    result.server = OverlayServer;
    result.detail = QStringLiteral("offline: outside the loaded zones");
    return QtFuture::makeReadyFuture(result);
}

LookupResult ZoneFileResolver::answer(const Zone &zone, const QString &name, RrType type) const
{
    LookupResult result;
    result.name = name;
    result.type = type;
    result.authoritative = true;
    result.server = OverlayServer;
    result.rcode = LDNS_RCODE_NOERROR;

    QString current = name;
    for (int hop = 0; hop <= MaxCnameChain; ++hop) {
        QList<ResourceRecord> owned = zone.records.value(current);
        if (owned.isEmpty() && !zone.existingNames.contains(current)) {
            // RFC 4592 §3.3.1: the closest encloser's wildcard, if any, synthesizes the answer.
            QString encloser = parentOf(current);
            while (!encloser.isEmpty() && !zone.existingNames.contains(encloser))
                encloser = parentOf(encloser);
            const QList<ResourceRecord> wild = zone.records.value(QStringLiteral("*.") + encloser);
            if (encloser.isEmpty() || wild.isEmpty()) {
                result.status = LookupStatus::NxDomain;
                result.rcode = LDNS_RCODE_NXDOMAIN;
                return result;
            }
            for (ResourceRecord record : wild) {
                record.owner = current;
                owned << record;
            }
        }
        QList<ResourceRecord> matching;
        const ResourceRecord *cname = nullptr;
        for (const ResourceRecord &record : std::as_const(owned)) {
            if (record.type == type || type == RrType::ANY)
                matching << record;
            if (record.type == RrType::CNAME)
                cname = &record;
        }
        if (!matching.isEmpty()) {
            result.records = matching;
            result.answerSection << matching;
            result.status = LookupStatus::Answer;
            return result;
        }
        if (!cname) {
            result.status = LookupStatus::NoData;
            return result;
        }
        // RFC 1034 §4.3.2 step 3a: follow the alias while it stays inside the zone.
        result.answerSection << *cname;
        QString target = cname->rdata.value(0).toLower();
        if (target.endsWith(u'.'))
            target.chop(1);
        if (!DomainName::isSubdomainOf(target, zone.origin)) {
            result.status = LookupStatus::NoData;
            result.detail = QStringLiteral("CNAME target %1 is outside the zone").arg(target);
            return result;
        }
        current = target;
    }
    result.status = LookupStatus::ServerFailure;
    result.rcode = LDNS_RCODE_SERVFAIL;
    result.detail = QStringLiteral("CNAME chain longer than %1").arg(MaxCnameChain);
    return result;
}

} // namespace Sceau::Dns
