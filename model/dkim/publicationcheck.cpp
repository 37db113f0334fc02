#include "model/dkim/publicationcheck.h"

#include "model/dkim/keycheck.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyspec.h"

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

static KeyAlgorithm algorithmOf(const Storage::DkimKeyEntry &key)
{
    return KeySpec::fromToken(key.algorithm).value_or(KeySpec{}).algorithm;
}

QString publicationRecord(const Storage::DkimKeyEntry &key)
{
    return recordForKey(algorithmOf(key), key.publicKey).toText();
}

QString revocationRecord(const Storage::DkimKeyEntry &key)
{
    return recordForKey(algorithmOf(key), {}).toText(); // "v=DKIM1; k=…; p=" (§3.6.1)
}

PublicationReport evaluatePublication(const Dns::AuthoritativeReport &report,
                                      const Storage::DkimKeyEntry &key,
                                      KeyState target)
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

std::optional<KeyState> dnsStepFor(const Storage::DkimKeyEntry &key)
{
    const auto state = keyStateFromToken(key.state);
    if (state == KeyState::Generated)
        return KeyState::Published;
    if (state == KeyState::Retiring)
        return KeyState::Revoked;
    return std::nullopt;
}

} // namespace Sceau::Dkim
