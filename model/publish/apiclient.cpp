#include "model/publish/apiclient.h"

#include "model/publish/networkerror.h"
#include "model/publish/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace Sceau::Publish {

namespace {
ApiFailure unreachable(const QString &code, const QString &detail)
{
    return {PublishOutcome::Unreachable, code, detail};
}

// The reply has finished (or was aborted): what it gives.
ApiReply judged(QNetworkReply *reply, bool tooLarge, const QString &host, int timeoutMs)
{
    ApiReply result;
    if (tooLarge) {
        result.failure
            = ApiFailure{PublishOutcome::Failed,
                         QStringLiteral("too-large"),
                         //: %1 a host name, %2 a size limit in octets (always more than one)
                         Tr::tr("%1 sent an answer larger than the limit of %2 octets.")
                             .arg(host)
                             .arg(MaxApiBody)};
        return result;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        result.status = status.toInt();
        result.body = reply->read(MaxApiBody);
        return result;
    }
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        //: %1 a host name, %2 why
        result.failure = unreachable(QStringLiteral("tls-failed"),
                                     Tr::tr("Could not set up a trusted TLS connection to %1: %2")
                                         .arg(host, networkErrorText(reply->error())));
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        result.failure = unreachable(
            QStringLiteral("timeout"),
            Tr::tr("%1 did not answer in time (limit: %2 ms).").arg(host).arg(timeoutMs));
        break;
    default:
        //: %1 a host name, %2 why
        result.failure = unreachable(
            QStringLiteral("unreachable"),
            Tr::tr("Could not reach %1: %2").arg(host, networkErrorText(reply->error())));
        break;
    }
    return result;
}
} // namespace

ApiClient::ApiClient(const QList<QSslCertificate> &extraCas, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_tls(QSslConfiguration::defaultConfiguration())
    , m_timeoutMs(timeoutMs)
{
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.addCaCertificates(extraCas);
    m_manager->setAutoDeleteReplies(false);
}

QFuture<ApiReply> ApiClient::send(const ApiRequest &request)
{
    auto promise = std::make_shared<QPromise<ApiReply>>();
    promise->start();
    QFuture<ApiReply> future = promise->future();
    const QUrl url = QUrl::fromEncoded(request.url, QUrl::StrictMode);
    QNetworkRequest http(url);
    http.setSslConfiguration(m_tls);
    http.setTransferTimeout(m_timeoutMs);
    // A redirect is an answer, never followed: the credentials go to the API's host only.
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setRawHeader("Accept", "application/json");
    http.setRawHeader("User-Agent", "Sceau");
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    QNetworkReply *reply = m_manager->sendCustomRequest(http, request.method, request.body);
    auto tooLarge = std::make_shared<bool>(false);
    connect(
        reply, &QNetworkReply::downloadProgress, this, [reply, tooLarge](qint64 got, qint64 total) {
            if (got > MaxApiBody || total > MaxApiBody) {
                *tooLarge = true;
                reply->abort();
            }
        });
    const QString host = url.host();
    connect(reply, &QNetworkReply::finished, this, [this, reply, tooLarge, promise, host] {
        promise->addResult(judged(reply, *tooLarge, host, m_timeoutMs));
        promise->finish();
        reply->deleteLater();
    });
    return future;
}

std::optional<QJsonValue>
jsonOf(const ApiReply &reply, ApiFailure *failure, const QString &provider)
{
    // Wrapped in an array, so that a bare value (OVHcloud's /auth/time) reads too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + reply.body + "]", &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    //: %1 a provider (Cloudflare, OVHcloud)
    *failure = {PublishOutcome::Failed,
                QStringLiteral("malformed"),
                Tr::tr("%1 sent an answer that is not the JSON expected.").arg(provider)};
    return std::nullopt;
}

ApiFailure refusedBy(int status, const QString &provider, const QString &message, bool credentials)
{
    ApiFailure failure{PublishOutcome::Failed, QStringLiteral("http-%1").arg(status), {}};
    const QString quoted = message.isEmpty() ? Tr::tr("no reason given") : message.left(300);
    if (credentials)
        //: %1 a provider (Cloudflare, OVHcloud), %2 an HTTP status, %3 the provider's message
        failure.detail = Tr::tr("%1 refused the credentials (HTTP %2: %3). Check the credential "
                                "and the permissions it was given for this zone.")
                             .arg(provider)
                             .arg(status)
                             .arg(quoted);
    else
        //: %1 a provider (Cloudflare, OVHcloud), %2 an HTTP status, %3 the provider's message
        failure.detail
            = Tr::tr("%1 refused the request (HTTP %2: %3).").arg(provider).arg(status).arg(quoted);
    return failure;
}

QString withoutSecrets(QString text, const QByteArrayList &secrets)
{
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(QString::fromUtf8(secret), QStringLiteral("…"));
    }
    return text;
}

} // namespace Sceau::Publish
