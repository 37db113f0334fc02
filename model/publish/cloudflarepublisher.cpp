#include "model/publish/cloudflarepublisher.h"

#include "model/core/async.h"
#include "model/core/chain.h"
#include "model/publish/recordvalue.h"
#include "model/publish/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sceau::Publish {

namespace {
const QString Provider = QStringLiteral("Cloudflare");
constexpr int PerPage = 100;
constexpr int MaxPages = 5; // an RRset of more than 500 records is not one Sceau publishes

bool supported(Dns::RrType type)
{
    using enum Dns::RrType;
    return type == A || type == AAAA || type == CNAME || type == MX || type == TXT;
}

QByteArray encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

// A record of the API as a person would type its value, for canonicalValue().
QString typedValue(Dns::RrType type, const QJsonObject &record)
{
    QString content = record.value(u"content").toString();
    if (type == Dns::RrType::TXT || type == Dns::RrType::A || type == Dns::RrType::AAAA)
        return content;
    if (!content.endsWith(u'.')) // the API writes host names without the root's dot
        content += u'.';
    if (type == Dns::RrType::MX)
        return QStringLiteral("%1 %2").arg(record.value(u"priority").toInt()).arg(content);
    return content;
}

// The fields that make a record hold value (canonical) at ttl.
QJsonObject fieldsOf(Dns::RrType type, const QString &value, quint32 ttl)
{
    QJsonObject fields{{u"ttl"_s, qint64(ttl)}};
    if (type == Dns::RrType::MX) {
        fields.insert(u"priority", value.section(u' ', 0, 0).toInt());
        fields.insert(u"content", value.section(u' ', 1));
    } else {
        fields.insert(u"content", presentationRdata(type, value));
    }
    return fields;
}

ApiFailure malformed()
{
    return {PublishOutcome::Failed,
            QStringLiteral("malformed"),
            Tr::tr("%1 sent an answer that is not the JSON expected.").arg(Provider)};
}
} // namespace

CloudflarePublisher::CloudflarePublisher(const QByteArray &token,
                                         const QString &apiBase,
                                         const QList<QSslCertificate> &extraCas,
                                         int timeoutMs,
                                         QObject *parent)
    : ApiPublisher(parent)
    , m_base(apiBase)
    , m_token(token.constData(), token.size()) // our own copy, which the destructor wipes
    , m_client(new ApiClient(extraCas, timeoutMs, this))
{
}

CloudflarePublisher::~CloudflarePublisher()
{
    m_token.fill('\0');
}

ApiRequest
CloudflarePublisher::request(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return {
        method, m_base.toUtf8() + path.toUtf8(), body, {{"Authorization", "Bearer " + m_token}}};
}

std::optional<QJsonValue> CloudflarePublisher::resultOf(const ApiReply &reply,
                                                        ApiFailure *failure) const
{
    if (reply.failure) {
        *failure = *reply.failure;
        return std::nullopt;
    }
    const std::optional<QJsonValue> json = jsonOf(reply, failure, Provider);
    const QJsonObject envelope = json ? json->toObject() : QJsonObject();
    const bool credentials = reply.status == 401 || reply.status == 403;
    if (!json || !envelope.contains(u"success")) { // an error page, not the API's envelope
        *failure
            = reply.succeeded() ? malformed() : refusedBy(reply.status, Provider, {}, credentials);
        return std::nullopt;
    }
    if (reply.succeeded() && envelope.value(u"success").toBool())
        return envelope.value(u"result");
    QStringList messages; // Cloudflare's own words, e.g. "9109: Invalid access token"
    const QJsonArray errors = envelope.value(u"errors").toArray();
    for (qsizetype i = 0; i < errors.size() && i < 5; ++i) {
        const QJsonObject error = errors.at(i).toObject();
        messages << QStringLiteral("%1: %2")
                        .arg(error.value(u"code").toInteger())
                        .arg(error.value(u"message").toString());
    }
    *failure = refusedBy(reply.status, Provider, messages.join(u"; "), credentials);
    failure->detail = withoutSecrets(failure->detail, {m_token});
    return std::nullopt;
}

QFuture<ApiRead> CloudflarePublisher::readRecords(const RrsetRef &ref)
{
    if (!supported(ref.type)) {
        ApiRead read;
        //: %1 a record type
        read.failure = ApiFailure{PublishOutcome::Failed,
                                  QStringLiteral("unsupported-type"),
                                  Tr::tr("Sceau does not publish %1 records through %2.")
                                      .arg(Dns::typeName(ref.type), Provider)};
        return QtFuture::makeReadyFuture(read);
    }
    if (m_zoneIds.contains(ref.zone))
        return readZone(ref);
    auto promise = std::make_shared<QPromise<ApiRead>>();
    promise->start();
    QFuture<ApiRead> future = promise->future();
    const ApiRequest find
        = request("GET", u"/zones?name="_s + QString::fromLatin1(encoded(ref.zone)));
    onResult(m_client->send(find), this, [this, ref, promise](const ApiReply &reply) {
        ApiRead read;
        ApiFailure failure;
        const std::optional<QJsonValue> result = resultOf(reply, &failure);
        if (!result) {
            read.failure = failure;
        } else {
            const QJsonArray zones = result->toArray();
            for (qsizetype i = 0; i < zones.size() && i < PerPage; ++i) {
                const QJsonObject zone = zones.at(i).toObject();
                if (zone.value(u"name").toString().compare(ref.zone, Qt::CaseInsensitive) == 0
                    && !zone.value(u"id").toString().isEmpty())
                    m_zoneIds.insert(ref.zone, zone.value(u"id").toString());
            }
            if (!m_zoneIds.contains(ref.zone))
                //: %1 a zone
                read.failure = ApiFailure{PublishOutcome::Failed,
                                          QStringLiteral("no-zone"),
                                          Tr::tr("Cloudflare has no zone %1 this token may "
                                                 "manage.")
                                              .arg(ref.zone)};
        }
        if (read.failure) {
            promise->addResult(read);
            promise->finish();
            return;
        }
        onResult(readZone(ref), this, [promise](const ApiRead &records) {
            promise->addResult(records);
            promise->finish();
        });
    });
    return future;
}

QFuture<ApiRead> CloudflarePublisher::readZone(const RrsetRef &ref)
{
    auto promise = std::make_shared<QPromise<ApiRead>>();
    promise->start();
    QFuture<ApiRead> future = promise->future();
    readPage(ref, 1, {}, [promise](const ApiRead &read) {
        promise->addResult(read);
        promise->finish();
    });
    return future;
}

void CloudflarePublisher::readPage(const RrsetRef &ref,
                                   int page,
                                   ApiRead read,
                                   const std::function<void(const ApiRead &)> &done)
{
    const QString path = QStringLiteral("/zones/%1/dns_records?type=%2&name=%3&per_page=%4&page=%5")
                             .arg(QString::fromLatin1(encoded(m_zoneIds.value(ref.zone))),
                                  Dns::typeName(ref.type),
                                  QString::fromLatin1(encoded(ref.owner)))
                             .arg(PerPage)
                             .arg(page);
    onResult(m_client->send(request("GET", path)),
             this,
             [this, ref, page, read, done](const ApiReply &reply) mutable {
                 ApiFailure failure;
                 const std::optional<QJsonValue> result = resultOf(reply, &failure);
                 if (!result || !result->isArray()) {
                     read.failure = result ? malformed() : failure;
                     return done(read);
                 }
                 const QJsonArray records = result->toArray();
                 for (qsizetype i = 0; i < records.size() && i < PerPage; ++i) {
                     const QJsonObject record = records.at(i).toObject();
                     // The filters are the API's; the RRset is checked here again, so that no
                     // other record is ever changed.
                     if (record.value(u"type").toString() != Dns::typeName(ref.type)
                         || record.value(u"name").toString().compare(ref.owner, Qt::CaseInsensitive)
                                != 0)
                         continue;
                     const auto value = canonicalValue(ref.type, typedValue(ref.type, record));
                     if (!value || record.value(u"id").toString().isEmpty()) {
                         read.failure = malformed();
                         return done(read);
                     }
                     read.records.append({record.value(u"id").toString(),
                                          *value,
                                          quint32(record.value(u"ttl").toInteger())});
                 }
                 const int pages = QJsonDocument::fromJson(reply.body)
                                       .object()
                                       .value(u"result_info")
                                       .toObject()
                                       .value(u"total_pages")
                                       .toInt(1);
                 if (page >= pages)
                     return done(read);
                 if (page >= MaxPages) {
                     //: %1 a domain name, %2 a number of records (always more than one)
                     read.failure = ApiFailure{PublishOutcome::Failed,
                                               QStringLiteral("too-many-records"),
                                               Tr::tr("%1 has more than %2 records of this type.")
                                                   .arg(ref.owner)
                                                   .arg(MaxPages * PerPage)};
                     return done(read);
                 }
                 readPage(ref, page + 1, read, done);
             });
}

QFuture<std::optional<ApiFailure>> CloudflarePublisher::apply(const RrsetRef &ref,
                                                              const ApiChange &change)
{
    const QString records = QStringLiteral("/zones/%1/dns_records")
                                .arg(QString::fromLatin1(encoded(m_zoneIds.value(ref.zone))));
    const QString one = records + u'/' + QString::fromLatin1(encoded(change.id));
    ApiRequest write;
    QJsonObject fields = fieldsOf(ref.type, change.value, change.ttl);
    switch (change.kind) {
    case ApiChange::Kind::Create:
        fields.insert(u"type", Dns::typeName(ref.type));
        fields.insert(u"name", ref.owner);
        write = request("POST", records, QJsonDocument(fields).toJson(QJsonDocument::Compact));
        break;
    case ApiChange::Kind::Update: // PATCH: the record's other fields (proxied, comment) stay
        write = request("PATCH", one, QJsonDocument(fields).toJson(QJsonDocument::Compact));
        break;
    case ApiChange::Kind::Delete:
        write = request("DELETE", one);
        break;
    }
    return chain(m_client->send(write), this, [this](const ApiReply &reply) {
        ApiFailure failure;
        return resultOf(reply, &failure) ? std::optional<ApiFailure>() : failure;
    });
}

} // namespace Sceau::Publish
