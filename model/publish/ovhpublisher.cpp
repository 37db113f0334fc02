#include "model/publish/ovhpublisher.h"

#include "model/core/async.h"
#include "model/core/chain.h"
#include "model/publish/recordvalue.h"
#include "model/publish/tr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sceau::Publish {

namespace {
const QString Provider = QStringLiteral("OVHcloud");
constexpr qsizetype MaxRecords = 100; // each is one more request: an RRset is far smaller

bool supported(Dns::RrType type)
{
    using enum Dns::RrType;
    return type == A || type == AAAA || type == CNAME || type == MX || type == TXT;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// OVHcloud's subDomain: the owner relative to the zone, empty at the apex.
QString subDomainOf(const RrsetRef &ref)
{
    return ref.owner == ref.zone ? QString() : ref.relativeOwner();
}

// A host name of a target: relative to the zone unless it ends with '.', as in a zone file.
QString absoluteName(const QString &name, const QString &zone)
{
    return name.endsWith(u'.') ? name : name + u'.' + zone + u'.';
}

// A record's target as a person would type its value, for canonicalValue().
QString typedValue(Dns::RrType type, const QString &target, const QString &zone)
{
    if (type == Dns::RrType::CNAME)
        return absoluteName(target, zone);
    if (type == Dns::RrType::MX)
        return target.section(u' ', 0, 0) + u' '
               + absoluteName(target.section(u' ', 1).trimmed(), zone);
    return target; // A, AAAA; TXT as quoted strings (OVHcloud adds the quotes) or bare text
}

// The target that makes a record hold value (canonical).
QString targetOf(Dns::RrType type, const QString &value)
{
    if (type == Dns::RrType::CNAME || type == Dns::RrType::MX)
        return value + u'.';
    return presentationRdata(type, value);
}

ApiFailure malformed()
{
    return {PublishOutcome::Failed,
            QStringLiteral("malformed"),
            Tr::tr("%1 sent an answer that is not the JSON expected.").arg(Provider)};
}
} // namespace

OvhPublisher::OvhPublisher(const QByteArray &applicationKey,
                           const QByteArray &applicationSecret,
                           const QByteArray &consumerKey,
                           const QString &endpoint,
                           const QList<QSslCertificate> &extraCas,
                           int timeoutMs,
                           QObject *parent)
    : ApiPublisher(parent)
    , m_endpoint(endpoint)
    , m_applicationKey(applicationKey)
    // Our own copies of the secrets, which the destructor wipes.
    , m_applicationSecret(applicationSecret.constData(), applicationSecret.size())
    , m_consumerKey(consumerKey.constData(), consumerKey.size())
    , m_client(new ApiClient(extraCas, timeoutMs, this))
{
}

OvhPublisher::~OvhPublisher()
{
    m_applicationSecret.fill('\0');
    m_consumerKey.fill('\0');
}

std::optional<ApiFailure> OvhPublisher::failureOf(const ApiReply &reply) const
{
    if (reply.failure)
        return reply.failure;
    if (reply.succeeded())
        return std::nullopt;
    // OVHcloud's errors: {"errorCode": "INVALID_SIGNATURE", "httpCode": …, "message": …}
    const QJsonObject error = QJsonDocument::fromJson(reply.body).object();
    const QString code = error.value(u"errorCode").toString();
    const bool credentials = code == u"INVALID_SIGNATURE" || code == u"INVALID_KEY"
                             || code == u"INVALID_CREDENTIAL" || code == u"NOT_CREDENTIAL"
                             || code == u"NOT_GRANTED_CALL";
    ApiFailure failure = refusedBy(reply.status,
                                   Provider,
                                   error.value(u"message").toString(),
                                   credentials || reply.status == 401 || reply.status == 403);
    failure.detail = withoutSecrets(failure.detail, {m_applicationSecret, m_consumerKey});
    return failure;
}

QFuture<std::optional<ApiFailure>> OvhPublisher::learnTime()
{
    if (m_clockOffset)
        return QtFuture::makeReadyFuture(std::optional<ApiFailure>());
    const ApiRequest time{"GET", m_endpoint.toUtf8() + "/auth/time", {}, {}};
    return chain(m_client->send(time), this, [this](const ApiReply &reply) {
        if (auto failure = failureOf(reply))
            return failure;
        ApiFailure failure;
        const std::optional<QJsonValue> json = jsonOf(reply, &failure, Provider);
        if (!json || !json->isDouble())
            return std::optional<ApiFailure>(json ? malformed() : failure);
        m_clockOffset = qint64(json->toDouble()) - QDateTime::currentSecsSinceEpoch();
        return std::optional<ApiFailure>();
    });
}

ApiRequest OvhPublisher::signedRequest(const QByteArray &method,
                                       const QString &path,
                                       const QByteArray &body) const
{
    const QByteArray url = m_endpoint.toUtf8() + path.toUtf8();
    const QByteArray timestamp
        = QByteArray::number(QDateTime::currentSecsSinceEpoch() + m_clockOffset.value_or(0));
    QByteArray signedText
        = QByteArrayList{m_applicationSecret, m_consumerKey, method, url, body, timestamp}.join(
            '+');
    const QByteArray signature
        = "$1$" + QCryptographicHash::hash(signedText, QCryptographicHash::Sha1).toHex();
    signedText.fill('\0'); // it holds the application secret
    return {method,
            url,
            body,
            {{"X-Ovh-Application", m_applicationKey},
             {"X-Ovh-Consumer", m_consumerKey},
             {"X-Ovh-Timestamp", timestamp},
             {"X-Ovh-Signature", signature}}};
}

QFuture<ApiReply>
OvhPublisher::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    auto promise = std::make_shared<QPromise<ApiReply>>();
    promise->start();
    QFuture<ApiReply> future = promise->future();
    auto finish = [promise](const ApiReply &reply) {
        promise->addResult(reply);
        promise->finish();
    };
    onResult(learnTime(),
             this,
             [this, method, path, body, finish](const std::optional<ApiFailure> &failure) {
                 if (failure)
                     return finish(ApiReply{failure, 0, {}});
                 // Signed now, once the clock is known: the timestamp is the API's time.
                 onResult(m_client->send(signedRequest(method, path, body)), this, finish);
             });
    return future;
}

QFuture<ApiRead> OvhPublisher::readRecords(const RrsetRef &ref)
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
    auto promise = std::make_shared<QPromise<ApiRead>>();
    promise->start();
    QFuture<ApiRead> future = promise->future();
    const QString path
        = QStringLiteral("/domain/zone/%1/record?fieldType=%2&subDomain=%3")
              .arg(encoded(ref.zone), Dns::typeName(ref.type), encoded(subDomainOf(ref)));
    onResult(send("GET", path), this, [this, ref, promise](const ApiReply &reply) {
        auto finish = [promise](const ApiRead &read) {
            promise->addResult(read);
            promise->finish();
        };
        ApiRead read;
        ApiFailure failure;
        read.failure = failureOf(reply);
        const std::optional<QJsonValue> json
            = read.failure ? std::nullopt : jsonOf(reply, &failure, Provider);
        if (!read.failure && (!json || !json->isArray()))
            read.failure = json ? malformed() : failure;
        if (read.failure)
            return finish(read);
        const QJsonArray array = json->toArray();
        if (array.size() > MaxRecords) {
            //: %1 a domain name, %2 a number of records (always more than one)
            read.failure = ApiFailure{PublishOutcome::Failed,
                                      QStringLiteral("too-many-records"),
                                      Tr::tr("%1 has more than %2 records of this type.")
                                          .arg(ref.owner)
                                          .arg(int(MaxRecords))};
            return finish(read);
        }
        QList<qint64> ids;
        for (const QJsonValue &id : array)
            ids << id.toInteger();
        onResult(readIds(ref, ids), this, finish);
    });
    return future;
}

QFuture<ApiRead> OvhPublisher::readIds(const RrsetRef &ref, const QList<qint64> &ids)
{
    QList<QFuture<ApiReply>> replies;
    for (qint64 id : ids)
        replies << send("GET",
                        QStringLiteral("/domain/zone/%1/record/%2").arg(encoded(ref.zone)).arg(id));
    return chain(allResults(replies), this, [this, ref](const QList<ApiReply> &answers) {
        ApiRead read;
        for (const ApiReply &reply : answers) {
            ApiFailure failure;
            read.failure = failureOf(reply);
            const std::optional<QJsonValue> json
                = read.failure ? std::nullopt : jsonOf(reply, &failure, Provider);
            if (!read.failure && !json)
                read.failure = failure;
            if (read.failure)
                return read;
            const QJsonObject record = json->toObject();
            // The filters are the API's; the RRset is checked here again, so that no other
            // record is ever changed.
            if (record.value(u"fieldType").toString() != Dns::typeName(ref.type)
                || record.value(u"subDomain")
                           .toString()
                           .compare(subDomainOf(ref), Qt::CaseInsensitive)
                       != 0)
                continue;
            const auto value = canonicalValue(
                ref.type, typedValue(ref.type, record.value(u"target").toString(), ref.zone));
            if (!value || !record.value(u"id").isDouble()) {
                read.failure = malformed();
                return read;
            }
            read.records.append({QString::number(record.value(u"id").toInteger()),
                                 *value,
                                 quint32(record.value(u"ttl").toInteger())});
        }
        return read;
    });
}

QFuture<std::optional<ApiFailure>> OvhPublisher::apply(const RrsetRef &ref, const ApiChange &change)
{
    const QString records = QStringLiteral("/domain/zone/%1/record").arg(encoded(ref.zone));
    const QString one = records + u'/' + encoded(change.id);
    QJsonObject fields{{u"target"_s, targetOf(ref.type, change.value)},
                       {u"ttl"_s, qint64(change.ttl)}};
    QFuture<ApiReply> reply;
    switch (change.kind) {
    case ApiChange::Kind::Create:
        fields.insert(u"fieldType", Dns::typeName(ref.type));
        fields.insert(u"subDomain", subDomainOf(ref));
        reply = send("POST", records, QJsonDocument(fields).toJson(QJsonDocument::Compact));
        break;
    case ApiChange::Kind::Update:
        reply = send("PUT", one, QJsonDocument(fields).toJson(QJsonDocument::Compact));
        break;
    case ApiChange::Kind::Delete:
        reply = send("DELETE", one);
        break;
    }
    return chain(reply, this, [this](const ApiReply &answer) { return failureOf(answer); });
}

QFuture<std::optional<ApiFailure>> OvhPublisher::commit(const RrsetRef &ref)
{
    const QString refresh = QStringLiteral("/domain/zone/%1/refresh").arg(encoded(ref.zone));
    return chain(send("POST", refresh), this, [this, ref](const ApiReply &reply) {
        std::optional<ApiFailure> failure = failureOf(reply);
        if (failure) {
            failure->code = QStringLiteral("refresh-failed");
            //: %1 a zone, %2 why
            failure->detail = Tr::tr("The records were changed, but OVHcloud did not refresh "
                                     "zone %1, so its servers do not serve them yet: %2 "
                                     "Refresh the zone to publish them.")
                                  .arg(ref.zone, failure->detail);
        }
        return failure;
    });
}

} // namespace Sceau::Publish
