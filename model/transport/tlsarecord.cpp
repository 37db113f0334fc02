#include "model/transport/tlsarecord.h"

namespace Sceau::Transport {

namespace {
std::optional<quint8> octet(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 255)
        return std::nullopt;
    return quint8(value);
}
} // namespace

Result<TlsaRecord> TlsaRecord::fromRecord(const Dns::ResourceRecord &record)
{
    const auto invalid = [&record](const QString &why) {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("TLSA %1: %2").arg(record.rdata.join(u' '), why)};
    };
    if (record.type != Dns::RrType::TLSA)
        return invalid(QStringLiteral("not a TLSA record"));
    if (record.rdata.size() < 4)
        return invalid(QStringLiteral("fewer than four fields"));
    const auto usage = octet(record.rdata.at(0));
    const auto selector = octet(record.rdata.at(1));
    const auto matching = octet(record.rdata.at(2));
    if (!usage || !selector || !matching)
        return invalid(QStringLiteral("usage, selector and matching type are 0-255"));
    // Presentation form may split the hex into several fields (RFC 6698 §2.2).
    const QByteArray hex = record.rdata.mid(3).join(QString()).toLatin1();
    const QByteArray data = QByteArray::fromHex(hex);
    if (data.isEmpty() || data.toHex().compare(hex, Qt::CaseInsensitive) != 0)
        return invalid(QStringLiteral("the certificate association data is not hexadecimal"));
    return TlsaRecord{*usage, *selector, *matching, data};
}

QString TlsaRecord::toText() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(data.toHex()));
}

QString tlsaName(const QString &host, quint16 port)
{
    return QStringLiteral("_%1._tcp.%2").arg(port).arg(host);
}

} // namespace Sceau::Transport
