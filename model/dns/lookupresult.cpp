#include "model/dns/lookupresult.h"

namespace Sceau::Dns {

QString statusToken(LookupStatus status)
{
    switch (status) {
    case LookupStatus::Answer:
        return QStringLiteral("answer");
    case LookupStatus::NoData:
        return QStringLiteral("nodata");
    case LookupStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case LookupStatus::Timeout:
        return QStringLiteral("timeout");
    case LookupStatus::ServerFailure:
        return QStringLiteral("servfail");
    case LookupStatus::Refused:
        return QStringLiteral("refused");
    case LookupStatus::NetworkError:
        return QStringLiteral("network-error");
    case LookupStatus::Malformed:
        return QStringLiteral("malformed");
    case LookupStatus::CnameLoop:
        return QStringLiteral("cname-loop");
    case LookupStatus::CnameChainTooLong:
        return QStringLiteral("cname-chain-too-long");
    }
    return QStringLiteral("timeout");
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
