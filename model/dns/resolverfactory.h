#pragma once

#include "model/core/result.h"
#include "model/dns/liveresolver.h"

#include <QStringList>

namespace Sceau {
namespace Dns {

// How the user wants names resolved: the CLI's global options and the GUI's Settings.
struct ResolverSettings
{
    QList<NameServer> servers; // empty: the system resolver
    QStringList zoneFiles;     // what-if overlay, answered before the live source
    bool offline = false;      // answer only from the zone files
    int timeoutMs = 2000;
    // The port on which a zone's own nameservers are asked directly (AuthoritativeCheck:
    // "published on every authoritative server"); 53 except in a lab or a test harness.
    quint16 authoritativePort = 53;
    // DS/DNSKEY trust anchors (trustanchors.h): when set, DNSSEC status is validated by Sceau
    // from them (DnssecResolver) instead of read from the resolver's AD bit.
    QString trustAnchorFile;
};

// Which DNS these settings ask, saved with a check (never translated): "system" or the
// servers ("127.0.0.1:5353, 192.0.2.1"), then "+ zone files" when there is an overlay;
// "zone files (offline)" offline.
QString resolverDescription(const ResolverSettings &settings);
// A saved description (resolverDescription) in words for people, in the current language:
// "the system resolver", "127.0.0.1:5353", "127.0.0.1:5353, with zone files", "zone files only
// (offline)". Anything else is returned as it is.
QString resolverDescriptionText(const QString &description);

// The resolver stack for these settings: live source, with the zone-file overlay in front when
// there are zone files; zone files alone when offline. Parented to parent.
Result<Resolver *> createResolver(const ResolverSettings &settings, QObject *parent);

} // namespace Dns
} // namespace Sceau
