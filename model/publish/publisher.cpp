#include "model/publish/publisher.h"

#include "model/core/chain.h"
#include "model/publish/recordvalue.h"
#include "model/publish/tr.h"

namespace Sceau::Publish {

QString RrsetRef::relativeOwner() const
{
    if (owner == zone)
        return QStringLiteral("@");
    return owner.chopped(zone.size() + 1);
}

QFuture<PublishResult> Publisher::verify(const QString &zone)
{
    return chain(read({zone, zone, Dns::RrType::TXT}), this, [](const CurrentRrset &now) {
        PublishResult result;
        result.outcome = now.failed() ? PublishOutcome::Failed : PublishOutcome::Done;
        result.detail = now.failure.value_or(QString());
        return result;
    });
}

std::optional<PublishResult> refusal(const RrsetRef &ref,
                                     const CurrentRrset &now,
                                     const QStringList &expected,
                                     const QStringList &values)
{
    PublishResult result;
    result.before = now.values;
    result.after = values;
    if (now.failed()) {
        result.outcome = PublishOutcome::CouldNotRead;
        //: %1 a domain name, %2 why
        result.detail = Tr::tr("Could not read %1 first: %2").arg(ref.owner, *now.failure);
        return result;
    }
    if (sameRrset(now.values, expected))
        return std::nullopt;
    result.outcome = PublishOutcome::Changed;
    result.code = QStringLiteral("changed");
    result.detail = expected.isEmpty()
                        ? Tr::tr("%1 already has records of this type: nothing was changed. "
                                 "Review them and replace them instead.")
                              .arg(ref.owner)
                        : Tr::tr("%1 is not what you saw: nothing was changed. Review the "
                                 "records as they are now.")
                              .arg(ref.owner);
    return result;
}

} // namespace Sceau::Publish
