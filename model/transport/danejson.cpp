#include "model/transport/danejson.h"

#include <QJsonArray>

namespace Sceau::Transport {

namespace {
// status and method; trust_anchor: the file Sceau validated from (method "trust-anchor")
QJsonObject dnssecJson(Dns::DnssecStatus status, const Dns::DnssecLookup &lookup)
{
    QJsonObject json{{QStringLiteral("status"), Dns::DnssecStatuses.token(status)},
                     {QStringLiteral("method"), Dns::DnssecMethods.token(lookup.method)}};
    if (lookup.method == Dns::DnssecMethod::TrustAnchor)
        json.insert(QStringLiteral("trust_anchor"), lookup.trustAnchorFile);
    return json;
}

QJsonObject recordJson(const TlsaRecord &record)
{
    return {{QStringLiteral("usage"), record.usage},
            {QStringLiteral("selector"), record.selector},
            {QStringLiteral("matching_type"), record.matchingType},
            {QStringLiteral("data"), QString::fromLatin1(record.data.toHex())},
            {QStringLiteral("text"), record.toText()},
            {QStringLiteral("usable"), usableForSmtp(record.usage)}};
}

QJsonObject addressJson(const DaneHost &host, const DaneAddress &address)
{
    QJsonArray matches;
    for (qsizetype i = 0; i < address.matches.size(); ++i) {
        const TlsaMatch &match = address.matches.at(i);
        matches.append(QJsonObject{{QStringLiteral("record"), host.records.value(i).toText()},
                                   {QStringLiteral("verdict"), TlsaVerdicts.token(match.verdict)},
                                   {QStringLiteral("depth"), match.depth},
                                   {QStringLiteral("detail"), match.detail}});
    }
    QJsonObject json{
        {QStringLiteral("address"), address.endpoint.address.toString()},
        {QStringLiteral("port"), address.endpoint.port},
        {QStringLiteral("tls"), address.attempt.outcome == SmtpTlsAttempt::Outcome::Encrypted},
        {QStringLiteral("could_not_test"), address.attempt.couldNotTest()},
        {QStringLiteral("matches_tlsa"), address.matchesTlsa()},
        {QStringLiteral("authenticated"), host.inForce() && address.matchesTlsa()},
        {QStringLiteral("matches"), matches},
    };
    if (address.expires)
        json.insert(QStringLiteral("expires"), address.expires->toString(Qt::ISODate));
    return json;
}

QJsonObject hostJson(const DaneHost &host)
{
    QJsonArray records;
    for (const TlsaRecord &record : host.records)
        records.append(recordJson(record));
    QJsonArray addresses;
    for (const DaneAddress &address : host.addresses)
        addresses.append(addressJson(host, address));
    const Dns::LookupResult &tlsa = host.tlsa.lookup;
    return {
        {QStringLiteral("host"), host.host},
        {QStringLiteral("preference"), host.preference},
        {QStringLiteral("dane_in_force"), host.inForce()},
        {QStringLiteral("dnssec"), dnssecJson(host.addressStatus(), host.a)},
        {QStringLiteral("tlsa"),
         QJsonObject{{QStringLiteral("name"), tlsa.name},
                     {QStringLiteral("lookup"), Dns::statusToken(tlsa.status)},
                     {QStringLiteral("dnssec"), dnssecJson(host.tlsa.status, host.tlsa)},
                     {QStringLiteral("records"), records},
                     {QStringLiteral("invalid"), QJsonArray::fromStringList(host.invalidRecords)}}},
        {QStringLiteral("addresses"), addresses},
    };
}
} // namespace

QJsonObject toJson(const DaneReport &report)
{
    QJsonArray hosts;
    for (const DaneHost &host : report.hosts)
        hosts.append(hostJson(host));
    return {{QStringLiteral("domain"), report.domain},
            {QStringLiteral("dnssec"), dnssecJson(report.mx.status, report.mx)},
            {QStringLiteral("mx_lookup"), Dns::statusToken(report.mx.lookup.status)},
            {QStringLiteral("mx"), hosts},
            {QStringLiteral("complete"), !report.incomplete()}};
}

QJsonObject toJson(const QString &host, quint16 port, const QList<GeneratedTlsa> &records)
{
    QJsonArray array;
    for (const GeneratedTlsa &generated : records) {
        QJsonObject json = recordJson(generated.record);
        json.insert(QStringLiteral("depth"), generated.depth);
        json.insert(QStringLiteral("subject"), generated.subject);
        json.insert(QStringLiteral("zone_line"), generated.zoneLine);
        array.append(json);
    }
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("records"), array}};
}

} // namespace Sceau::Transport
