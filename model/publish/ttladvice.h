#pragma once

#include <QString>

#include <optional>

namespace Sceau {
namespace Publish {

// Before a rotation (a replacement or removal), lower the TTL first (issue #11 §5): resolvers
// may keep the current RRset for up to its TTL after it changes (RFC 1035 §3.2.1, RFC 2181 §8),
// so a TTL above AdvisedTtl is first lowered to it, and the change waits the old TTL.
struct TtlAdvice
{
    static constexpr quint32 AdvisedTtl = 300; // seconds

    quint32 lowerTo = AdvisedTtl; // seconds
    quint32 waitSeconds = 0;      // the current TTL: how long caches may still hold the old RRset

    QString text() const; // for the user, translated
};

// nullopt when currentTtl (seconds; 0: no record) is at most AdvisedTtl.
std::optional<TtlAdvice> ttlAdvice(quint32 currentTtl);

} // namespace Publish
} // namespace Sceau
