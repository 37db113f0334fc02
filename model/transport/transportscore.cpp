#include "model/transport/transportscore.h"

#include "model/transport/domainprobe.h"
#include "model/transport/transportfindings.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Sceau::Transport {

std::optional<int> addressScore(const AddressProbe &probe)
{
    if (probe.attempt.couldNotTest())
        return std::nullopt;
    if (probe.attempt.outcome != SmtpTlsAttempt::Outcome::Encrypted)
        return 0; // plaintext for every sender (DESIGN.md §2b)
    int score = certificateVerifies(probe) && !probe.certificate->expired() ? 100 : 40;
    bool legacy = false;
    for (auto it = probe.accepted.cbegin(); it != probe.accepted.cend(); ++it)
        legacy = legacy || (it.value() && isObsolete(it.key()));
    if (legacy)
        score -= 20; // RFC 8996 §2
    if (probe.certificate && !probe.certificate->expired()
        && probe.certificate->daysLeft < ExpiringDays)
        score -= 10;
    return std::max(score, 0);
}

std::optional<int> transportScore(const QList<MxTransport> &hosts)
{
    QList<int> preferences;
    for (const MxTransport &host : hosts)
        preferences << host.preference;
    std::sort(preferences.begin(), preferences.end());
    preferences.erase(std::unique(preferences.begin(), preferences.end()), preferences.end());

    double weighted = 0;
    double weights = 0;
    for (const MxTransport &host : hosts) {
        double sum = 0;
        int tested = 0;
        for (const AddressProbe &address : host.probe.addresses) {
            if (const auto score = addressScore(address)) {
                sum += *score;
                ++tested;
            }
        }
        if (tested == 0)
            continue; // could not test this host: it does not count
        const auto rank
            = std::lower_bound(preferences.cbegin(), preferences.cend(), host.preference)
              - preferences.cbegin();
        const double weight = std::ldexp(1.0, -int(std::min<qsizetype>(rank, 60)));
        weighted += weight * sum / tested;
        weights += weight;
    }
    if (weights == 0)
        return std::nullopt;
    return int(std::lround(weighted / weights));
}

} // namespace Sceau::Transport
