#include "model/publish/ttladvice.h"

#include "model/publish/tr.h"

namespace Sceau::Publish {

std::optional<TtlAdvice> ttlAdvice(quint32 currentTtl)
{
    if (currentTtl <= TtlAdvice::AdvisedTtl)
        return std::nullopt;
    return TtlAdvice{TtlAdvice::AdvisedTtl, currentTtl};
}

QString TtlAdvice::text() const
{
    //: %1 and %2 durations in seconds
    return Tr::tr("Resolvers may keep the current records for up to %1 s after the change. For a "
                  "rotation, first lower the TTL to %2 s, wait %1 s, then make the change.")
        .arg(waitSeconds)
        .arg(lowerTo);
}

} // namespace Sceau::Publish
