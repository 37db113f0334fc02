#pragma once

#include "model/core/result.h"

#include <QMap>
#include <QString>

namespace Sceau {
namespace Transport {

// Where to connect instead of a standard port: a lab, a test harness or an unusual set-up
// reaches "port 25 of the MX" or "port 443 of mta-sts.<domain>" on another local port.
// Reports keep the standard port's meaning; only the connection goes elsewhere.
class PortMap
{
public:
    // "443=8443,25=2525": comma-separated FROM=TO pairs of port numbers 1–65535, each FROM at
    // most once. Empty text is the identity. A bad pair is InvalidInput naming it.
    static Result<PortMap> parse(const QString &text);

    // The port to connect to for the standard port (itself when not mapped).
    quint16 map(quint16 port) const { return m_ports.value(port, port); }
    bool isEmpty() const { return m_ports.isEmpty(); }
    QString toString() const; // the parse() form, FROM in increasing order

    bool operator==(const PortMap &other) const = default;

private:
    QMap<quint16, quint16> m_ports;
};

} // namespace Transport
} // namespace Sceau
