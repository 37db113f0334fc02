#include "model/core/error.h"

#include "model/core/tr.h"

namespace Sceau {

static QString sentence(ErrorCode code)
{
    using Core::Tr;
    switch (code) {
    case ErrorCode::InvalidInput:
        return Tr::tr("The input is not valid.");
    case ErrorCode::FileUnreadable:
        return Tr::tr("The file could not be read.");
    case ErrorCode::ZoneFileInvalid:
        return Tr::tr("The zone file could not be parsed.");
    case ErrorCode::DnsTimeout:
        return Tr::tr("No DNS server answered in time.");
    case ErrorCode::DnsServerFailure:
        return Tr::tr("The DNS server reported a failure (SERVFAIL).");
    case ErrorCode::DnsRefused:
        return Tr::tr("The DNS server refused the query.");
    case ErrorCode::DnsNetwork:
        return Tr::tr("The DNS server could not be reached.");
    case ErrorCode::DnsMalformed:
        return Tr::tr("The DNS answer was malformed.");
    case ErrorCode::DnsCnameLoop:
        return Tr::tr("The DNS name is an alias (CNAME) whose chain loops back on itself, so it "
                      "cannot be resolved.");
    case ErrorCode::DnsCnameChainTooLong:
        return Tr::tr("The DNS name leads through too many aliases (CNAME) to be resolved.");
    case ErrorCode::Canceled:
        return Tr::tr("The operation was canceled.");
    case ErrorCode::KeychainUnavailable:
        return Tr::tr("No keychain (Secret Service) is available.");
    case ErrorCode::KeychainLocked:
        return Tr::tr("The keychain is locked or access to it was denied.");
    case ErrorCode::Internal:
        return Tr::tr("An internal error occurred.");
    case ErrorCode::NotFound:
        return Tr::tr("It could not be found.");
    case ErrorCode::AlreadyExists:
        return Tr::tr("It exists already.");
    case ErrorCode::NotAllowed:
        return Tr::tr("This step is not allowed now.");
    case ErrorCode::NotYetPublished:
        return Tr::tr("DNS does not serve it yet.");
    }
    return Tr::tr("An internal error occurred.");
}

QString describe(const Error &error)
{
    const QString text = sentence(error.code);
    if (error.detail.isEmpty())
        return text;
    //: %1 is a sentence describing the error, %2 a technical detail
    return Core::Tr::tr("%1 (%2)").arg(text, error.detail);
}

} // namespace Sceau
