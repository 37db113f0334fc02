#pragma once

#include "model/publish/apipublisher.h"

#include <QHash>
#include <QSslCertificate>

namespace Sceau {
namespace Publish {

// Publishing through the Cloudflare API v4 with an API token (Authorization: Bearer), with the
// guards of ApiPublisher. The documented subset used (developers.cloudflare.com/api, "DNS
// Records for a Zone"): GET /zones?name= (the zone's id), GET /zones/{id}/dns_records?type=
// &name= (paged: page, per_page, result_info.total_pages), POST /zones/{id}/dns_records, PATCH
// and DELETE /zones/{id}/dns_records/{record id}; every answer in the envelope {success,
// errors[{code, message}], result}. Types A, AAAA, CNAME, MX (priority apart) and TXT; a TXT
// "content" is read as a person types it (canonicalValue(RrType, QString): quoted strings or
// the bare text) and written as quoted strings of at most 255 octets (presentationRdata), as
// the API's schema documents for a TXT record's content ("quoted character strings (RFC 1035),
// each with a length of up to 255 bytes"). The token is never logged nor put in a detail, and
// our copy of it is wiped when the publisher is destroyed.
class CloudflarePublisher final : public ApiPublisher
{
    Q_OBJECT
public:
    // The public API's base URL.
    static QString defaultApiBase()
    {
        return QStringLiteral("https://api.cloudflare.com/client/v4");
    }
    // apiBase without a trailing '/'; extraCas are trusted besides the system's (tests).
    CloudflarePublisher(const QByteArray &token,
                        const QString &apiBase = defaultApiBase(),
                        const QList<QSslCertificate> &extraCas = {},
                        int timeoutMs = 10000,
                        QObject *parent = nullptr);
    ~CloudflarePublisher() override;

protected:
    QFuture<ApiRead> readRecords(const RrsetRef &ref) override;
    QFuture<std::optional<ApiFailure>> apply(const RrsetRef &ref, const ApiChange &change) override;

private:
    ApiRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // The result of an answer in Cloudflare's envelope, or the failure it stands for.
    std::optional<QJsonValue> resultOf(const ApiReply &reply, ApiFailure *failure) const;
    QFuture<ApiRead> readZone(const RrsetRef &ref);
    void readPage(const RrsetRef &ref,
                  int page,
                  ApiRead read,
                  const std::function<void(const ApiRead &)> &done);

    QString m_base;
    QByteArray m_token;
    ApiClient *m_client;
    QHash<QString, QString> m_zoneIds; // zone -> Cloudflare's id, once found
};

} // namespace Publish
} // namespace Sceau
