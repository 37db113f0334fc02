#include "model/dns/lookupresult.h"

namespace Sceau::Dns {

QString statusToken(LookupStatus status)
{
    return LookupStatuses.token(status);
}

Error failureError(LookupStatus status, const QString &detail)
{
    switch (status) {
    case LookupStatus::Timeout:
        return {ErrorCode::DnsTimeout, detail};
    case LookupStatus::ServerFailure:
        return {ErrorCode::DnsServerFailure, detail};
    case LookupStatus::Refused:
        return {ErrorCode::DnsRefused, detail};
    case LookupStatus::NetworkError:
        return {ErrorCode::DnsNetwork, detail};
    case LookupStatus::Malformed:
        return {ErrorCode::DnsMalformed, detail};
    case LookupStatus::CnameLoop:
        return {ErrorCode::DnsCnameLoop, detail};
    case LookupStatus::CnameChainTooLong:
        return {ErrorCode::DnsCnameChainTooLong, detail};
    case LookupStatus::Answer:
    case LookupStatus::NoData:
    case LookupStatus::NxDomain:
        break;
    }
    return {ErrorCode::Internal, QStringLiteral("not a failure")};
}

Error LookupResult::error() const
{
    return failureError(status, detail);
}

} // namespace Sceau::Dns
