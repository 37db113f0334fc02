#pragma once

#include "model/publish/apipublisher.h"

#include <QSslCertificate>

namespace Sceau {
namespace Publish {

// Publishing through the OVHcloud API with an application key, application secret and consumer
// key, with the guards of ApiPublisher. Every request but GET /auth/time is signed as OVHcloud
// documents ("First steps with the OVHcloud APIs", help.ovhcloud.com; its wrappers, e.g.
// ovh/python-ovh client.py): headers X-Ovh-Application (application key), X-Ovh-Consumer
// (consumer key), X-Ovh-Timestamp (Unix time on the API's clock) and X-Ovh-Signature, "$1$" and
// the hex SHA-1 of application secret, consumer key, method, full URL, body and timestamp
// joined with '+'. The API's clock is learned once from GET /auth/time (unsigned), as an offset
// to the local clock. The documented subset used: GET /domain/zone/{zone}/record?fieldType=
// &subDomain= (ids), GET, PUT and DELETE /domain/zone/{zone}/record/{id}, POST
// /domain/zone/{zone}/record, and POST /domain/zone/{zone}/refresh after the changes, without
// which the zone does not serve them (a refresh that failed is reported, code
// "refresh-failed", outcome Done). Types A, AAAA, CNAME, MX and TXT; a TXT target is read as a
// person types it (OVHcloud stores it quoted) and written as quoted strings. Secrets are never
// logged nor put in a detail, and are wiped when the publisher is destroyed.
class OvhPublisher final : public ApiPublisher
{
    Q_OBJECT
public:
    // The public API's endpoint (OVHcloud Europe).
    static QString defaultEndpoint() { return QStringLiteral("https://eu.api.ovh.com/1.0"); }
    // endpoint without a trailing '/'; extraCas are trusted besides the system's (tests).
    OvhPublisher(const QByteArray &applicationKey,
                 const QByteArray &applicationSecret,
                 const QByteArray &consumerKey,
                 const QString &endpoint = defaultEndpoint(),
                 const QList<QSslCertificate> &extraCas = {},
                 int timeoutMs = 10000,
                 QObject *parent = nullptr);
    ~OvhPublisher() override;

protected:
    QFuture<ApiRead> readRecords(const RrsetRef &ref) override;
    QFuture<std::optional<ApiFailure>> apply(const RrsetRef &ref, const ApiChange &change) override;
    QFuture<std::optional<ApiFailure>> commit(const RrsetRef &ref) override;

private:
    // The API's clock, learned once: nullopt once known.
    QFuture<std::optional<ApiFailure>> learnTime();
    // One signed request of path (below the endpoint), once the clock is known.
    QFuture<ApiReply>
    send(const QByteArray &method, const QString &path, const QByteArray &body = {});
    ApiRequest
    signedRequest(const QByteArray &method, const QString &path, const QByteArray &body) const;
    // The failure a reply stands for (nullopt for a 2xx), secrets removed.
    std::optional<ApiFailure> failureOf(const ApiReply &reply) const;
    QFuture<ApiRead> readIds(const RrsetRef &ref, const QList<qint64> &ids);

    QString m_endpoint;
    QByteArray m_applicationKey;
    QByteArray m_applicationSecret;
    QByteArray m_consumerKey;
    ApiClient *m_client;
    std::optional<qint64> m_clockOffset; // the API's clock minus ours, in seconds
};

} // namespace Publish
} // namespace Sceau
