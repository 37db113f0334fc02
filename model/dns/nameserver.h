#pragma once

#include "model/core/result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Sceau {
namespace Dns {

// A nameserver to query: an address and a port (DESIGN.md §6: --nameserver 127.0.0.1:5353).
struct NameServer
{
    QHostAddress address;
    quint16 port = 53;

    // "192.0.2.1", "192.0.2.1:5353", "::1", "[::1]:5353"
    static Result<NameServer> parse(const QString &text);
    QString toString() const; // the same forms, port omitted when 53

    friend bool operator==(const NameServer &, const NameServer &) = default;
};

// The system's resolvers: the "nameserver" lines of /etc/resolv.conf (resolv.conf(5)),
// or 127.0.0.1 when there are none, as the C library does.
QList<NameServer> systemNameServers(const QString &resolvConfPath
                                    = QStringLiteral("/etc/resolv.conf"));

} // namespace Dns
} // namespace Sceau
