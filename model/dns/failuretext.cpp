#include "model/dns/failuretext.h"

#include "model/dns/tr.h"

#include <ldns/ldns.h>

namespace Sceau::Dns {

QString ldnsStatusText(int status)
{
    switch (static_cast<ldns_status>(status)) {
    case LDNS_STATUS_WIRE_INCOMPLETE_HEADER:
    case LDNS_STATUS_WIRE_INCOMPLETE_QUESTION:
    case LDNS_STATUS_WIRE_INCOMPLETE_ANSWER:
    case LDNS_STATUS_WIRE_INCOMPLETE_AUTHORITY:
    case LDNS_STATUS_WIRE_INCOMPLETE_ADDITIONAL:
    case LDNS_STATUS_PACKET_OVERFLOW:
        return Tr::tr("the message is cut short");
    case LDNS_STATUS_WIRE_RDATA_ERR:
    case LDNS_STATUS_RDATA_OVERFLOW:
        return Tr::tr("a record's data does not match its length");
    case LDNS_STATUS_INVALID_POINTER:
        return Tr::tr("a name compression pointer is invalid");
    case LDNS_STATUS_EMPTY_LABEL:
    case LDNS_STATUS_LABEL_OVERFLOW:
    case LDNS_STATUS_DOMAINNAME_OVERFLOW:
    case LDNS_STATUS_DOMAINNAME_UNDERFLOW:
    case LDNS_STATUS_DDD_OVERFLOW:
        return Tr::tr("a name is not a valid domain name");
    case LDNS_STATUS_MEM_ERR:
        return Tr::tr("not enough memory");
    case LDNS_STATUS_CRYPTO_SIG_EXPIRED:
    case LDNS_STATUS_CRYPTO_SIG_EXPIRED_WITHIN_MARGIN:
        return Tr::tr("the signature has expired");
    case LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED:
    case LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED_WITHIN_MARGIN:
        return Tr::tr("the signature is not valid yet");
    case LDNS_STATUS_CRYPTO_EXPIRATION_BEFORE_INCEPTION:
        return Tr::tr("the signature expires before it starts");
    case LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY:
        return Tr::tr("no DNSKEY matches the signature's key tag");
    case LDNS_STATUS_CRYPTO_BOGUS:
        return Tr::tr("the signature does not verify");
    case LDNS_STATUS_CRYPTO_NO_RRSIG:
        return Tr::tr("no signature (RRSIG) covers the records");
    case LDNS_STATUS_CRYPTO_NO_DNSKEY:
    case LDNS_STATUS_CRYPTO_NO_TRUSTED_DNSKEY:
        return Tr::tr("no trusted key (DNSKEY) was found");
    case LDNS_STATUS_CRYPTO_NO_DS:
    case LDNS_STATUS_CRYPTO_NO_TRUSTED_DS:
        return Tr::tr("no trusted delegation (DS) was found");
    case LDNS_STATUS_CRYPTO_TYPE_COVERED_ERR:
        return Tr::tr("the signature covers another record type");
    case LDNS_STATUS_CRYPTO_UNKNOWN_ALGO:
    case LDNS_STATUS_CRYPTO_ALGO_NOT_IMPL:
        return Tr::tr("the signature algorithm is not supported");
    case LDNS_STATUS_SYNTAX_TYPE_ERR:
        return Tr::tr("the record type is unknown");
    case LDNS_STATUS_SYNTAX_CLASS_ERR:
        return Tr::tr("the record class is unknown");
    case LDNS_STATUS_SYNTAX_TTL:
    case LDNS_STATUS_SYNTAX_TTL_ERR:
        return Tr::tr("the TTL is not valid");
    case LDNS_STATUS_SYNTAX_DNAME_ERR:
        return Tr::tr("a name is not a valid domain name");
    case LDNS_STATUS_SYNTAX_RDATA_ERR:
    case LDNS_STATUS_SYNTAX_MISSING_VALUE_ERR:
        return Tr::tr("the record's data is missing or not valid for its type");
    case LDNS_STATUS_SYNTAX_ERR:
    case LDNS_STATUS_SYNTAX_EMPTY:
        return Tr::tr("this is not a record: expected owner, TTL, class, type and data");
    default:
        break;
    }
    //: %1 the number of an error of the ldns library (ldns/error.h), when none of the above
    return Tr::tr("the DNS library could not read it (ldns error %1)").arg(status);
}

QString socketErrorText(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Tr::tr("connection refused (port unreachable)");
    case QAbstractSocket::RemoteHostClosedError:
        return Tr::tr("the server closed the connection");
    case QAbstractSocket::HostNotFoundError:
        return Tr::tr("the server's address was not found");
    case QAbstractSocket::SocketAccessError:
        return Tr::tr("the system refused access to the network");
    case QAbstractSocket::SocketResourceError:
        return Tr::tr("the system has no network resources left");
    case QAbstractSocket::SocketTimeoutError:
        return Tr::tr("the connection timed out");
    case QAbstractSocket::DatagramTooLargeError:
        return Tr::tr("the message is too large to send");
    case QAbstractSocket::NetworkError:
        return Tr::tr("the network is unreachable");
    case QAbstractSocket::AddressInUseError:
    case QAbstractSocket::SocketAddressNotAvailableError:
        return Tr::tr("the local address cannot be used");
    case QAbstractSocket::UnsupportedSocketOperationError:
        return Tr::tr("this system does not support the operation");
    default:
        break;
    }
    //: %1 the number of a socket error (QAbstractSocket::SocketError), when none of the above
    return Tr::tr("network error %1").arg(int(error));
}

} // namespace Sceau::Dns
