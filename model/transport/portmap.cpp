#include "model/transport/portmap.h"

#include "model/transport/tr.h"

#include <QStringList>

namespace Sceau::Transport {

namespace {
std::optional<quint16> portNumber(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}
} // namespace

Result<PortMap> PortMap::parse(const QString &text)
{
    PortMap map;
    if (text.trimmed().isEmpty())
        return map;
    for (const QString &pair : text.split(u',')) {
        const QStringList sides = pair.split(u'=');
        const auto from = sides.size() == 2 ? portNumber(sides[0]) : std::nullopt;
        const auto to = sides.size() == 2 ? portNumber(sides[1]) : std::nullopt;
        if (!from || !to)
            //: %1 the faulty part of a port map such as 443=8443
            return Error{
                ErrorCode::InvalidInput,
                Tr::tr("“%1” is not FROM=TO with two port numbers (1–65535)").arg(pair.trimmed())};
        if (map.m_ports.contains(*from))
            //: %1 a port number given twice
            return Error{ErrorCode::InvalidInput, Tr::tr("port %1 is mapped twice").arg(*from)};
        map.m_ports.insert(*from, *to);
    }
    return map;
}

QString PortMap::toString() const
{
    QStringList pairs;
    for (auto it = m_ports.cbegin(); it != m_ports.cend(); ++it)
        pairs << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return pairs.join(u',');
}

} // namespace Sceau::Transport
