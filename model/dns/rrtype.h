#pragma once

#include <QString>
#include <optional>

namespace Sceau {
namespace Dns {

// RR TYPE values (IANA "Resource Record (RR) TYPEs"). Any 16-bit value is valid: the names
// here are the ones Sceau asks for; others round-trip through typeName()/typeFromName().
enum class RrType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    DS = 43,
    RRSIG = 46,
    NSEC = 47,
    DNSKEY = 48,
    TLSA = 52,
    SPF = 99, // RFC 7208 §3.1: deprecated, reported when found
    ANY = 255,
    CAA = 257,
};

QString typeName(RrType type);                           // "TXT", "TYPE65280"
std::optional<RrType> typeFromName(const QString &name); // case-insensitive, accepts TYPEnnn

} // namespace Dns
} // namespace Sceau
