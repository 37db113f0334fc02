#pragma once

#include "model/core/result.h"
#include "model/dns/resolver.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace Sceau {
namespace Dns {

// The zone-file source, the "what-if" overlay (DESIGN.md §2). Names inside a loaded zone are
// answered from the zone, authoritatively, as a real server would (NXDOMAIN, NODATA, CNAME,
// wildcards). Other names go to the fallback resolver, or get NXDOMAIN when there is none
// (--offline). CNAMEs are followed by Cname::follow(): a target in another loaded zone is
// answered from it, a target outside every zone goes to the fallback (or is NXDOMAIN).
class ZoneFileResolver final : public Resolver
{
    Q_OBJECT
public:
    explicit ZoneFileResolver(QObject *parent = nullptr);

    // RFC 1035 §5 master file, read by ZoneFileReader (bounded, errors with their line). origin
    // is used for relative names when the file has no $ORIGIN; when empty, the zone's origin is
    // the owner of its SOA record. No more than ZoneFileReader::MaxBytes + 1 bytes are read: a
    // larger file is refused.
    Result<void> addZoneFile(const QString &path, const QString &origin = {});
    Result<void> addZoneText(const QByteArray &masterFileText, const QString &origin = {});

    void setFallback(Resolver *fallback);
    QStringList zones() const;

    // Finished on return when the whole CNAME chain stays inside the loaded zones (or offline).
    // Offline (no fallback), the answers depend on the zones alone: the same ready future is
    // returned again for the same question until a zone is added (a copy shares it; callers
    // never cancel a lookup's future).
    QFuture<LookupResult> lookup(const QString &name, RrType type) override;

private:
    struct Zone
    {
        QString origin;
        QHash<QString, QList<ResourceRecord>> records; // owner → its records
        QSet<QString> existingNames; // owners and their ancestors inside the zone (RFC 4592 §2.2.2)
    };
    Result<void> addZone(Zone zone);
    const Zone *zoneFor(const QString &name) const;
    // One question, for Cname::follow(): a loaded zone's answer, else the fallback's.
    QFuture<LookupResult> ask(const QString &name, RrType type) const;
    LookupResult answer(const Zone &zone, const QString &name, RrType type) const;

    QList<Zone> m_zones;
    QPointer<Resolver> m_fallback;
    // Offline answers by (name, type), ready; bounded: cleared when it grows too large.
    static constexpr qsizetype MaxKeptAnswers = 4096;
    QHash<std::pair<QString, int>, QFuture<LookupResult>> m_answers;
};

} // namespace Dns
} // namespace Sceau
