#include "model/dns/resourcerecord.h"

namespace Sceau::Dns {

QString ResourceRecord::toText() const
{
    return QStringLiteral("%1. %2 IN %3 %4")
        .arg(owner)
        .arg(ttl)
        .arg(typeName(type), rdata.join(u' '));
}

int ResourceRecord::mxPreference() const
{
    return type == RrType::MX && !rdata.isEmpty() ? rdata.first().toInt() : -1;
}

QString ResourceRecord::mxExchange() const
{
    if (type != RrType::MX || rdata.size() < 2)
        return {};
    QString exchange = rdata.at(1).toLower();
    if (exchange.endsWith(u'.'))
        exchange.chop(1);
    return exchange;
}

} // namespace Sceau::Dns
