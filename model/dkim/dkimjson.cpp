#include "model/dkim/dkimjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {
QJsonValue date(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const StoredKey &key)
{
    return {{u"id"_s, key.id},
            {u"domain"_s, key.domain},
            {u"selector"_s, key.selector},
            {u"algorithm"_s, key.spec.token()},
            {u"bits"_s, key.spec.bits},
            {u"state"_s, KeyStates.token(key.state)},
            {u"created"_s, date(key.created)},
            {u"published"_s, date(key.published)},
            {u"activated"_s, date(key.activated)},
            {u"retiring"_s, date(key.retiring)},
            {u"revoked"_s, date(key.revoked)},
            {u"destroyed"_s, date(key.destroyed)},
            {u"rotation_due"_s, date(key.rotationDue)}};
}

QJsonObject toJson(const DueAction &action)
{
    return {{u"id"_s, action.keyId},
            {u"domain"_s, action.domain},
            {u"selector"_s, action.selector},
            {u"action"_s, action.action},
            {u"due"_s, date(action.due)},
            {u"overdue"_s, action.overdue}};
}

QJsonObject keysJson(const QList<StoredKey> &keys, const QList<DueAction> &due)
{
    QJsonArray keyArray;
    for (const StoredKey &key : keys)
        keyArray.append(toJson(key));
    QJsonArray dueArray;
    for (const DueAction &action : due)
        dueArray.append(toJson(action));
    return {{u"keys"_s, keyArray}, {u"due"_s, dueArray}};
}

QJsonObject toJson(const PublicationReport &report)
{
    QJsonArray servers;
    for (const ServerPublication &server : report.servers)
        servers.append(QJsonObject{
            {u"host"_s, server.host},
            {u"server"_s, server.server.isEmpty() ? QJsonValue() : QJsonValue(server.server)},
            {u"status"_s, Dns::statusToken(server.status)},
            {u"serves"_s, server.serves}});
    return {{u"name"_s, report.name},
            {u"zone"_s, report.zone.isEmpty() ? QJsonValue() : QJsonValue(report.zone)},
            {u"target"_s, KeyStates.token(report.target)},
            {u"serving"_s, report.serving()},
            {u"servers"_s, servers}};
}

QJsonObject stepJson(const StoredKey &key, const std::optional<PublicationReport> &publication)
{
    QJsonObject object{{u"id"_s, key.id},
                       {u"domain"_s, key.domain},
                       {u"selector"_s, key.selector},
                       {u"state"_s, KeyStates.token(key.state)}};
    if (publication)
        object.insert(u"publication"_s, toJson(*publication));
    return object;
}

QJsonObject keygenJson(const QString &domain,
                       const QString &selector,
                       const KeyPair &pair,
                       const RecordOptions &options,
                       const QString &exportPath,
                       const std::optional<StoredKey> &stored)
{
    const QString record = recordForKey(pair.spec.algorithm, pair.publicKeyData, options).toText();
    QJsonArray strings;
    for (const QByteArray &s : splitTxt(record.toUtf8()))
        strings.append(QString::fromUtf8(s));
    QJsonObject object{{u"domain"_s, domain},
                       {u"selector"_s, selector},
                       {u"algorithm"_s, pair.spec.token()},
                       {u"bits"_s, pair.spec.bits},
                       {u"weak"_s, pair.spec.isWeak()},
                       {u"name"_s, recordName(selector, domain)},
                       {u"record"_s, record},
                       {u"strings"_s, strings},
                       {u"zone_line"_s, zoneLine(selector, domain, record)},
                       {u"exported_to"_s, exportPath}};
    if (!exportPath.isEmpty())
        object.insert(u"snippets"_s,
                      snippetsJson({domain, selector, exportPath, pair.spec.algorithm}));
    if (stored) {
        object.insert(u"id"_s, stored->id);
        object.insert(u"state"_s, KeyStates.token(stored->state));
        object.insert(u"rotation_due"_s, stored->rotationDue.toString(Qt::ISODate));
    }
    return object;
}

QJsonObject snippetsJson(const SigningSetup &setup)
{
    return {{u"opendkim"_s, openDkimSnippet(setup)},
            {u"rspamd"_s, rspamdSnippet(setup)},
            {u"postfix"_s, postfixSnippet(setup)},
            {u"exim"_s, eximSnippet(setup)}};
}

QJsonObject exportJson(const SigningSetup &setup)
{
    return {{u"exported_to"_s, setup.keyPath}, {u"snippets"_s, snippetsJson(setup)}};
}

QJsonObject signJson(const QString &domain,
                     const QString &selector,
                     KeyAlgorithm algorithm,
                     const QByteArray &signatureField,
                     const QByteArray &signedMessage)
{
    return {{u"domain"_s, domain},
            {u"selector"_s, selector},
            {u"algorithm"_s,
             algorithm == KeyAlgorithm::Ed25519 ? u"ed25519-sha256"_s : u"rsa-sha256"_s},
            {u"signature"_s, QString::fromUtf8(signatureField)},
            {u"message"_s, QString::fromUtf8(signedMessage)}};
}

QJsonObject toJson(const VerifyReport &report)
{
    QJsonArray signatures;
    for (const SignatureResult &r : report.signatures)
        signatures.append(QJsonObject{{u"d"_s, r.domain},
                                      {u"s"_s, r.selector},
                                      {u"algorithm"_s, r.algorithm},
                                      {u"result"_s, verifyStatusToken(r.status)},
                                      {u"reason"_s, r.reason},
                                      {u"detail"_s, r.detail},
                                      {u"key_bits"_s, r.keyBits},
                                      {u"testing"_s, r.testing},
                                      {u"weak"_s, r.weak}});
    return {{u"signatures"_s, signatures},
            {u"skipped"_s, report.skipped},
            {u"max_signatures"_s, MaxSignatures}};
}

QJsonObject toJson(const KeyCheckReport &report)
{
    QJsonObject object{{u"domain"_s, report.domain},
                       {u"selector"_s, report.selector},
                       {u"name"_s, report.name},
                       {u"status"_s, Dns::statusToken(report.lookupStatus)},
                       {u"records"_s, QJsonArray::fromStringList(report.records)},
                       {u"key_bits"_s, report.keyBits},
                       {u"can_sign"_s, report.canSign()}};
    if (report.record) {
        object.insert(u"key_type"_s, report.record->keyType);
        object.insert(u"testing"_s, report.record->isTesting());
        object.insert(u"revoked"_s, report.record->isRevoked());
    }
    if (report.matchesLocalKey)
        object.insert(u"matches_local_key"_s, *report.matchesLocalKey);
    return object;
}

QJsonObject foundJson(const KeyCheckReport &report)
{
    return {{u"selector"_s, report.selector},
            {u"name"_s, report.name},
            {u"key_type"_s, report.record ? report.record->keyType : QString()},
            {u"key_bits"_s, report.keyBits}};
}

QJsonObject pairsJson(const QList<SignerSelector> &pairs)
{
    QJsonArray array;
    for (const SignerSelector &p : pairs)
        array.append(QJsonObject{
            {u"domain"_s, p.domain}, {u"selector"_s, p.selector}, {u"count"_s, p.count}});
    return {{u"pairs"_s, array}};
}

} // namespace Sceau::Dkim
