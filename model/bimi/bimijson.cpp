#include "model/bimi/bimijson.h"

#include <QJsonArray>

namespace Sceau::Bimi {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString lookupState(BimiLookup::State state)
{
    switch (state) {
    case BimiLookup::State::Found:
        return QStringLiteral("found");
    case BimiLookup::State::Multiple:
        return QStringLiteral("multiple");
    case BimiLookup::State::None:
        return QStringLiteral("none");
    case BimiLookup::State::CouldNotCheck:
        return QStringLiteral("could-not-check");
    }
    return {};
}

QString verdict(DmarcPrerequisite::Verdict verdict)
{
    switch (verdict) {
    case DmarcPrerequisite::Verdict::Met:
        return QStringLiteral("met");
    case DmarcPrerequisite::Verdict::NotMet:
        return QStringLiteral("not-met");
    case DmarcPrerequisite::Verdict::CouldNotCheck:
        return QStringLiteral("could-not-check");
    }
    return {};
}

QJsonValue fetchJson(const std::optional<Transport::HttpsFetch> &fetch)
{
    if (!fetch)
        return {};
    return QJsonObject{
        {QStringLiteral("url"), fetch->url},
        {QStringLiteral("outcome"), Transport::HttpsFetchOutcomes.token(fetch->outcome)},
        {QStringLiteral("http_status"),
         fetch->httpStatus ? QJsonValue(fetch->httpStatus) : QJsonValue()},
        {QStringLiteral("content_type"), orNull(fetch->contentType)},
        {QStringLiteral("bytes"), fetch->body.size()},
        {QStringLiteral("detail"), orNull(fetch->detail)},
    };
}
} // namespace

QJsonObject toJson(const BimiRecord &record)
{
    return {
        {QStringLiteral("l"), record.location},
        {QStringLiteral("a"), record.authority},
        {QStringLiteral("avp"), orNull(AvatarPreferences.token(record.avatarPreference))},
        {QStringLiteral("lps"), QJsonArray::fromStringList(record.localPartSelectors)},
        {QStringLiteral("unknown_tags"), QJsonArray::fromStringList(record.unknownTags)},
        {QStringLiteral("declined"), record.declined()},
    };
}

QJsonObject toJson(const MarkCertificate &certificate)
{
    QJsonValue logotype;
    if (certificate.logotype)
        logotype = QJsonObject{
            {QStringLiteral("media_type"), certificate.logotype->mediaType},
            {QStringLiteral("hash_algorithm"),
             QString::fromLatin1(certificate.logotype->hashAlgorithm)},
            {QStringLiteral("image_bytes"), certificate.logotype->image.size()},
            {QStringLiteral("svg_valid"),
             certificate.logotypeSvg && certificate.logotypeSvg->valid()},
        };
    return {
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("dns_names"), QJsonArray::fromStringList(certificate.dnsNames)},
        {QStringLiteral("not_before"), certificate.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), certificate.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("days_left"), certificate.daysLeft},
        {QStringLiteral("mark_eku"), certificate.markEku},
        {QStringLiteral("logotype"), logotype},
        {QStringLiteral("trusted"), certificate.trusted},
        {QStringLiteral("trust_error"), orNull(certificate.trustError)},
        {QStringLiteral("chain_length"), certificate.chainLength},
    };
}

QJsonObject toJson(const BimiCheck &check)
{
    const BimiLookup &lookup = check.lookup;
    QJsonObject record{
        {QStringLiteral("state"), lookupState(lookup.state)},
        {QStringLiteral("name"), lookup.name},
        {QStringLiteral("from_org_domain"), lookup.fromOrgDomain},
        {QStringLiteral("text"), orNull(QString::fromUtf8(lookup.record.text))},
        {QStringLiteral("error"), orNull(lookup.record.error)},
    };
    if (lookup.state == BimiLookup::State::Found
        && lookup.record.state == Transport::RecordState::Valid)
        record.insert(QStringLiteral("tags"), toJson(lookup.record.record));
    QJsonValue logo;
    if (check.logo)
        logo = QJsonObject{{QStringLiteral("valid"), check.logo->valid()}};
    return {
        {QStringLiteral("domain"), check.request.domain},
        {QStringLiteral("selector"), check.request.selector},
        {QStringLiteral("org_domain"), orNull(check.request.orgDomain)},
        {QStringLiteral("complete"), !check.incomplete()},
        {QStringLiteral("record"), record},
        {QStringLiteral("dmarc_prerequisite"), verdict(check.prerequisite.verdict)},
        {QStringLiteral("logo_fetch"), fetchJson(check.logoFetch)},
        {QStringLiteral("logo"), logo},
        {QStringLiteral("certificate_fetch"), fetchJson(check.certificateFetch)},
        {QStringLiteral("certificate"),
         check.certificate ? QJsonValue(toJson(*check.certificate)) : QJsonValue()},
    };
}

} // namespace Sceau::Bimi
