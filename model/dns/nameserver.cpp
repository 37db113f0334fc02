#include "model/dns/nameserver.h"

#include "model/dns/tr.h"

#include <QFile>
#include <QRegularExpression>

namespace Sceau::Dns {

Result<NameServer> NameServer::parse(const QString &text)
{
    const QString input = text.trimmed();
    QString host = input;
    QString portText;
    if (input.startsWith(u'[')) {
        const qsizetype close = input.indexOf(u']');
        if (close < 0)
            return Error{ErrorCode::InvalidInput, Tr::tr("“%1”: missing “]”").arg(input)};
        host = input.mid(1, close - 1);
        const QString rest = input.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return Error{ErrorCode::InvalidInput,
                             Tr::tr("“%1”: expected “:port” after “]”").arg(input)};
            portText = rest.mid(1);
        }
    } else if (input.count(u':') == 1) {
        host = input.section(u':', 0, 0);
        portText = input.section(u':', 1);
    }
    NameServer server;
    if (!server.address.setAddress(host))
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("“%1” is not an IPv4 or IPv6 address").arg(host)};
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("“%1” is not a port number").arg(portText)};
        server.port = quint16(port);
    }
    return server;
}

QString NameServer::toString() const
{
    const QString host = address.toString();
    if (port == 53)
        return host;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QList<NameServer> systemNameServers(const QString &resolvConfPath)
{
    QList<NameServer> servers;
    QFile file(resolvConfPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        static const QRegularExpression line(QStringLiteral("^\\s*nameserver\\s+(\\S+)"));
        while (!file.atEnd()) {
            const auto match = line.match(QString::fromUtf8(file.readLine()));
            if (!match.hasMatch())
                continue;
            QString address = match.captured(1);
            address = address.section(u'%', 0, 0); // drop an IPv6 zone index
            NameServer server;
            if (server.address.setAddress(address))
                servers << server;
        }
    }
    if (servers.isEmpty())
        servers << NameServer{QHostAddress(QHostAddress::LocalHost), 53};
    return servers;
}

} // namespace Sceau::Dns
