#include "model/dkim/publicationcheck.h"

#include "model/dkim/keycheck.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyspec.h"
#include "model/dkim/tr.h"

namespace Sceau::Dkim {

int PublicationReport::serving() const
{
    return int(std::count_if(
        servers.cbegin(), servers.cend(), [](const ServerPublication &s) { return s.serves; }));
}

int PublicationReport::failed() const
{
    return int(std::count_if(servers.cbegin(), servers.cend(), [](const ServerPublication &s) {
        return Dns::isFailure(s.status);
    }));
}

Result<void> publicationVerdict(const PublicationReport &report)
{
    if (report.everywhere())
        return {};
    const bool published = report.target == KeyState::Published;
    if (report.serving() + report.failed() < report.servers.size())
        //: %1 a DNS name, %2 servers serving it, %3 all the zone's authoritative servers
        return Error{ErrorCode::NotYetPublished,
                     (published ? Tr::tr("%1: the key is served by %2 of %3 authoritative "
                                         "nameservers")
                                : Tr::tr("%1: an empty p= is served by %2 of %3 authoritative "
                                         "nameservers"))
                         .arg(report.name)
                         .arg(report.serving())
                         .arg(report.servers.size())};
    for (const ServerPublication &server : report.servers) {
        if (Dns::isFailure(server.status))
            return Dns::failureError(server.status,
                                     server.server.isEmpty() ? server.host : server.server);
    }
    if (Dns::isFailure(report.nsStatus))
        return Dns::failureError(report.nsStatus, report.name);
    //: %1 a DNS name
    return Error{ErrorCode::DnsServerFailure,
                 Tr::tr("no authoritative nameserver found for %1").arg(report.name)};
}

bool canConfirmByHand(const PublicationReport &report)
{
    const auto verdict = publicationVerdict(report); // the one publication rule
    return !verdict && verdict.error().code != ErrorCode::NotYetPublished;
}

QString publicationRecord(const StoredKey &key)
{
    return recordForKey(key.spec.algorithm, key.publicKey).toText();
}

QString revocationRecord(const StoredKey &key)
{
    return recordForKey(key.spec.algorithm, {}).toText(); // "v=DKIM1; k=…; p=" (§3.6.1)
}

PublicationReport
evaluatePublication(const Dns::AuthoritativeReport &report, const StoredKey &key, KeyState target)
{
    PublicationReport out;
    out.name = report.name;
    out.target = target;
    out.zone = report.zone;
    out.nsStatus = report.nsLookup.status;
    for (const Dns::ServerAnswer &answer : report.servers) {
        ServerPublication server;
        server.host = answer.host;
        server.server = answer.address ? answer.address->toString() : QString();
        server.status = answer.result.status;
        server.detail = answer.result.detail;
        if (!answer.result.failed()) {
            const KeyCheckReport check
                = checkKeyLookup(key.domain, key.selector, answer.result, key.publicKey);
            server.serves = target == KeyState::Published
                                ? check.matchesLocalKey.value_or(false)
                                : check.record && check.record->isRevoked();
        }
        out.servers << server;
    }
    return out;
}

} // namespace Sceau::Dkim
