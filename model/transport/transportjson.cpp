#include "model/transport/transportjson.h"

#include <QJsonArray>

namespace Sceau::Transport {

namespace {

QJsonObject addressJson(const AddressProbe &probe, DeliveryMode mode)
{
    using O = SmtpTlsAttempt::Outcome;
    const SmtpTlsAttempt &attempt = probe.attempt;
    QJsonObject protocols;
    for (const TlsVersion version : AllTlsVersions) {
        const auto it = probe.accepted.constFind(version);
        protocols[TlsVersionTokens.token(version)]
            = it == probe.accepted.cend() ? QJsonValue() : QJsonValue(it.value());
    }
    QJsonValue negotiated;
    if (attempt.outcome == O::Encrypted) {
        const HandshakeInfo &info = attempt.handshake.info;
        negotiated
            = QJsonObject{{QStringLiteral("protocol"), TlsVersionTokens.token(info.protocol)},
                          {QStringLiteral("cipher"), info.cipher},
                          {QStringLiteral("group"), info.group}};
    }
    const std::optional<bool> startTls = attempt.offeredStartTls();
    return {
        {QStringLiteral("address"), probe.endpoint.address.toString()},
        {QStringLiteral("connected_port"), probe.endpoint.port}, // after --port-map
        {QStringLiteral("server_name"), probe.endpoint.host},
        {QStringLiteral("greeting"), attempt.greeting},
        // null when the server could not be tested: unknown, not "no"
        {QStringLiteral("starttls"), startTls ? QJsonValue(*startTls) : QJsonValue()},
        {QStringLiteral("protocols"), protocols},
        {QStringLiteral("negotiated"), negotiated},
        {QStringLiteral("certificate"),
         probe.certificate ? QJsonValue(toJson(*probe.certificate)) : QJsonValue()},
        {QStringLiteral("delivery"), DeliveryTokens.token(deliveryOf(probe, mode))},
        {QStringLiteral("detail"), attempt.detail},
    };
}
} // namespace

QJsonObject toJson(const CertificateReport &certificate)
{
    return {
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("san"), QJsonArray::fromStringList(certificate.dnsNames)},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("not_before"), certificate.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), certificate.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("days_left"), certificate.daysLeft},
        {QStringLiteral("key_type"), certificate.keyType},
        {QStringLiteral("key_bits"), certificate.keyBits},
        {QStringLiteral("signature_algorithm"), certificate.signatureAlgorithm},
        {QStringLiteral("trusted"), certificate.trusted},
        {QStringLiteral("trust_error"), certificate.trustError},
        {QStringLiteral("name_matches"), certificate.nameMatches},
    };
}

QJsonObject toJson(const HostProbe &probe, DeliveryMode mode)
{
    QJsonArray addresses;
    for (const AddressProbe &address : probe.addresses)
        addresses << addressJson(address, mode);
    return {
        {QStringLiteral("host"), probe.host},
        {QStringLiteral("port"), probe.port},
        {QStringLiteral("mode"), DeliveryModeTokens.token(mode)},
        {QStringLiteral("implicit_tls"),
         !probe.addresses.isEmpty()
             && probe.addresses.first().endpoint.security == SmtpSecurity::ImplicitTls},
        {QStringLiteral("complete"), !probe.incomplete()},
        {QStringLiteral("addresses"), addresses},
    };
}

QJsonObject toJson(const DomainTransport &transport, DeliveryMode mode)
{
    QJsonArray hosts;
    for (const MxTransport &host : transport.hosts) {
        QJsonObject json = toJson(host.probe, mode);
        json.insert(QStringLiteral("preference"), host.preference);
        json.insert(QStringLiteral("exchange"), host.exchange);
        json.insert(QStringLiteral("retries"), host.retries);
        hosts << json;
    }
    return {
        {QStringLiteral("domain"), transport.domain},
        {QStringLiteral("route"), MailRouteTokens.token(transport.route)},
        {QStringLiteral("mode"), DeliveryModeTokens.token(mode)},
        {QStringLiteral("complete"), !transport.incomplete()},
        {QStringLiteral("score"), transport.score ? QJsonValue(*transport.score) : QJsonValue()},
        {QStringLiteral("hosts"), hosts},
    };
}

} // namespace Sceau::Transport
