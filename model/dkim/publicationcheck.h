#pragma once

#include "model/dkim/rotation.h"
#include "model/dns/authoritativecheck.h"

#include <QList>
#include <QString>

namespace Sceau {
namespace Dkim {

// What one authoritative nameserver serves at a key's record name.
struct ServerPublication
{
    QString host;   // NS host name
    QString server; // "192.0.2.1:53"; empty when the host had no address
    Dns::LookupStatus status = Dns::LookupStatus::Timeout;
    bool serves = false; // serves the key (Published) or an empty p= (Revoked)
    QString detail;      // technical detail of a failure
};

// Whether a lifecycle step that needs DNS is visible on every authoritative nameserver of the
// key's zone (M3AAWG DKIM Key Rotation BCP: a key is published once every server serves it).
struct PublicationReport
{
    QString name;                          // <selector>._domainkey.<domain>
    KeyState target = KeyState::Published; // Published (the key) or Revoked (empty p=)
    QString zone;                          // empty when the NS set could not be found
    Dns::LookupStatus nsStatus = Dns::LookupStatus::Timeout;
    QList<ServerPublication> servers;

    int serving() const;
    int failed() const; // servers that could not be asked (never counted as "not serving")
    bool everywhere() const { return !servers.isEmpty() && serving() == servers.size(); }
};

// The one publication rule of the lifecycle's DNS steps (M3AAWG DKIM Key Rotation BCP): the
// step is done once every authoritative nameserver of the zone serves it. Otherwise:
// NotYetPublished when a server answered without serving it; when every server that answered
// serves it but one could not be asked, or the zone's nameservers could not be found, the
// error of that failure (DnsTimeout, DnsRefused…): could not check, never "not serving".
Result<void> publicationVerdict(const PublicationReport &report);

// The step could not be verified, and only that (issue 12 §5): no server answered without
// serving it, but one could not be asked or the nameservers could not be found. The user may
// then confirm it by hand (KeyVault::confirmByHand); a server that answers "not serving" rules
// that out.
bool canConfirmByHand(const PublicationReport &report);

// The TXT value publishing the key (RFC 6376 §3.6.1), and the one revoking it (empty p=).
QString publicationRecord(const StoredKey &key);
QString revocationRecord(const StoredKey &key);

// Reads an authoritative report for key: target Published compares each server's key with the
// local public key (RFC 6376 §3.6.2); target Revoked looks for an empty p= (§3.6.1).
PublicationReport
evaluatePublication(const Dns::AuthoritativeReport &report, const StoredKey &key, KeyState target);

} // namespace Dkim
} // namespace Sceau
