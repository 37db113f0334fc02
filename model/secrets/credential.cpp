#include "model/secrets/credential.h"

namespace Sceau::Secrets {

qint64 ageInDays(const Credential &credential, const QDateTime &now)
{
    const QDateTime since = credential.rotated.isValid() ? credential.rotated : credential.created;
    return std::max<qint64>(0, since.secsTo(now) / 86400);
}

bool rotationDue(const Credential &credential, int periodDays, const QDateTime &now)
{
    return ageInDays(credential, now) >= periodDays;
}

} // namespace Sceau::Secrets
