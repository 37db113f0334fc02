#pragma once

#include "model/publish/publisher.h"

#include <QByteArrayList>
#include <QFuture>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace Sceau {
namespace Publish {

// Why an API exchange gave nothing usable: the outcome (Unreachable or Failed), the backend's
// word ("unreachable", "tls-failed", "http-403", "malformed"…) and a translated detail.
struct ApiFailure
{
    PublishOutcome outcome = PublishOutcome::Failed;
    QString code;
    QString detail;
};

// One HTTPS request to a provider's API. url is absolute and percent-encoded as it goes on the
// wire (OVHcloud signs these very octets); body is JSON or empty.
struct ApiRequest
{
    QByteArray method;
    QByteArray url;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// What came back: failure when there was no HTTP answer (unreachable, timeout, TLS, a body over
// MaxApiBody); otherwise the status and the body, whatever the status.
struct ApiReply
{
    std::optional<ApiFailure> failure;
    int status = 0;
    QByteArray body;

    bool succeeded() const { return !failure && status >= 200 && status < 300; }
};

// An API answer is untrusted input: a body is read to at most this many octets.
inline constexpr qsizetype MaxApiBody = 1024 * 1024;

// The one HTTPS path of the API backends (QNetworkAccessManager): TLS 1.2 or later, the system's
// certificate authorities plus extraCas (tests), certificate and name verified by Qt (a failure
// is Unreachable, "tls-failed"), redirects never followed (a 3xx is an answer), each request
// aborted after timeoutMs without traffic. On the event loop; futures always finish.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(const QList<QSslCertificate> &extraCas, int timeoutMs, QObject *parent = nullptr);

    QFuture<ApiReply> send(const ApiRequest &request);

private:
    QNetworkAccessManager *m_manager;
    QSslConfiguration m_tls;
    int m_timeoutMs;
};

// The JSON of a reply's body: the value, or the Failed "malformed" failure naming provider.
std::optional<QJsonValue>
jsonOf(const ApiReply &reply, ApiFailure *failure, const QString &provider);

// The Failed failure of an answer that refused the request with status (code "http-<status>"),
// quoting message, the provider's own words. credentials: the provider said the credentials
// (or the signature made with them) were refused, and the detail says to check them.
ApiFailure refusedBy(int status, const QString &provider, const QString &message, bool credentials);

// text with every occurrence of each secret (non-empty) replaced by "…": what an API answers
// may quote the credentials it was given, and details never hold a secret.
QString withoutSecrets(QString text, const QByteArrayList &secrets);

} // namespace Publish
} // namespace Sceau
