#include "model/dns/resolverfactory.h"

#include "model/dns/tr.h"
#include "model/dns/zonefileresolver.h"

#include <memory>

namespace Sceau::Dns {

QString resolverDescription(const ResolverSettings &settings)
{
    if (settings.offline)
        return QStringLiteral("zone files (offline)");
    QStringList servers;
    for (const NameServer &server : settings.servers)
        servers << server.toString();
    QString text = servers.isEmpty() ? QStringLiteral("system") : servers.join(u", ");
    if (!settings.zoneFiles.isEmpty())
        text += QStringLiteral(" + zone files");
    return text;
}

QString resolverDescriptionText(const QString &description)
{
    static const QString withZoneFiles = QStringLiteral(" + zone files");
    if (description == u"zone files (offline)")
        return Tr::tr("zone files only (offline)");
    if (description == u"system")
        return Tr::tr("the system resolver");
    if (description.endsWith(withZoneFiles)) {
        const QString servers = description.chopped(withZoneFiles.size());
        //: %1 the resolver ("the system resolver" or its servers)
        return Tr::tr("%1, with zone files").arg(resolverDescriptionText(servers));
    }
    return description;
}

Result<Resolver *> createResolver(const ResolverSettings &settings, QObject *parent)
{
    if (settings.offline && settings.zoneFiles.isEmpty())
        return Error{ErrorCode::InvalidInput, Tr::tr("offline mode needs at least one zone file")};
    if (settings.timeoutMs <= 0)
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("the timeout must be a positive number of milliseconds")};

    std::unique_ptr<Resolver> live;
    if (!settings.offline) {
        ResolverConfig config;
        config.servers = settings.servers;
        config.timeoutMs = settings.timeoutMs;
        live = std::make_unique<LiveResolver>(config);
    }
    if (settings.zoneFiles.isEmpty()) {
        live->setParent(parent);
        return live.release();
    }
    auto overlay = std::make_unique<ZoneFileResolver>();
    for (const QString &path : settings.zoneFiles) {
        const auto added = overlay->addZoneFile(path);
        if (!added)
            return added.error();
    }
    if (live) {
        live->setParent(overlay.get());
        overlay->setFallback(live.release());
    }
    overlay->setParent(parent);
    return static_cast<Resolver *>(overlay.release());
}

} // namespace Sceau::Dns
