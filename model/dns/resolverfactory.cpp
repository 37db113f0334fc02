#include "model/dns/resolverfactory.h"

#include "model/dns/tr.h"
#include "model/dns/zonefileresolver.h"

#include <memory>

namespace Sceau::Dns {

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
