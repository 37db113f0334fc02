#include "model/transport/submissionjson.h"

#include "model/transport/transportjson.h"

#include <QJsonArray>

namespace Sceau::Transport {

QJsonObject toJson(const SubmissionResult &result)
{
    QJsonValue tls;
    if (result.tls)
        tls = QJsonObject{
            {QStringLiteral("protocol"), TlsVersionTokens.token(result.tls->protocol)},
            {QStringLiteral("cipher"), result.tls->cipher},
            {QStringLiteral("group"), result.tls->group}};
    QJsonValue auth;
    if (result.authCode != 0)
        auth = QJsonObject{{QStringLiteral("code"), result.authCode},
                           {QStringLiteral("reply"), result.authReply}};
    QJsonValue message;
    if (result.messageAttempted)
        message = QJsonObject{{QStringLiteral("to"), result.request.sendTo},
                              {QStringLiteral("from"), result.request.mailFrom},
                              {QStringLiteral("accepted"), result.messageAccepted},
                              {QStringLiteral("code"), result.messageCode},
                              {QStringLiteral("reply"), result.messageReply},
                              {QStringLiteral("message_id"), result.messageId}};
    const bool connected = !result.endpoint.address.isNull();
    return {
        {QStringLiteral("host"), result.request.host},
        {QStringLiteral("port"), result.request.port},
        {QStringLiteral("connected_port"),
         connected ? QJsonValue(result.endpoint.port) : QJsonValue()},
        {QStringLiteral("address"),
         connected ? QJsonValue(result.endpoint.address.toString()) : QJsonValue()},
        {QStringLiteral("server_name"), result.endpoint.host},
        {QStringLiteral("security"), SubmissionSecurities.token(result.request.security)},
        {QStringLiteral("username"), result.request.username},
        {QStringLiteral("outcome"), SubmissionOutcomes.token(result.outcome)},
        {QStringLiteral("greeting"), result.greeting},
        {QStringLiteral("starttls_offered"),
         result.request.security == SubmissionSecurity::StartTls
             ? QJsonValue(result.startTlsOffered)
             : QJsonValue()},
        {QStringLiteral("auth_before_tls"), QJsonArray::fromStringList(result.mechanismsBeforeTls)},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("certificate"),
         result.certificate ? QJsonValue(toJson(*result.certificate)) : QJsonValue()},
        {QStringLiteral("mechanisms"), QJsonArray::fromStringList(result.mechanisms)},
        {QStringLiteral("mechanism"), result.mechanism},
        {QStringLiteral("auth"), auth},
        {QStringLiteral("message"), message},
        {QStringLiteral("detail"), result.detail},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(result.transcript)},
    };
}

} // namespace Sceau::Transport
