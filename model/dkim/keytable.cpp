#include "model/dkim/keytable.h"

#include "model/core/sqlerror.h"
#include "model/dkim/tr.h"
#include "model/storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {

QVariant dateValue(const QDateTime &date)
{
    return date.isValid() ? QVariant(date.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime dateFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

void bindKey(QSqlQuery &query, const StoredKey &key)
{
    query.bindValue(u":selector"_s, key.selector);
    query.bindValue(u":algorithm"_s, key.spec.token());
    query.bindValue(u":bits"_s, key.spec.bits);
    query.bindValue(u":state"_s, KeyStates.token(key.state));
    query.bindValue(u":created"_s, dateValue(key.created));
    query.bindValue(u":published"_s, dateValue(key.published));
    query.bindValue(u":activated"_s, dateValue(key.activated));
    query.bindValue(u":retiring"_s, dateValue(key.retiring));
    query.bindValue(u":revoked"_s, dateValue(key.revoked));
    query.bindValue(u":destroyed"_s, dateValue(key.destroyed));
    query.bindValue(u":rotation_due"_s, dateValue(key.rotationDue));
    query.bindValue(u":retire_days"_s, key.retireDays);
    query.bindValue(u":public_key"_s, key.publicKey);
    query.bindValue(u":encrypted_private_key"_s,
                    key.encryptedPrivateKey.isEmpty() ? QVariant()
                                                      : QVariant(key.encryptedPrivateKey));
    query.bindValue(u":secret_key"_s, key.secretKey);
    // Never NULL (the column is NOT NULL): an empty list is the empty string.
    const QString handConfirmed = key.confirmedByHand.join(u',');
    query.bindValue(u":hand_confirmed"_s, handConfirmed.isNull() ? u""_s : handConfirmed);
}

} // namespace

KeyTable::KeyTable(Storage::Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<qint64> KeyTable::add(const StoredKey &key)
{
    auto domainId = m_workspace->addDomain(key.domain);
    if (!domainId)
        return domainId.error();
    QSqlQuery query(m_workspace->database());
    query.prepare(
        u"INSERT INTO dkim_keys (domain_id, selector, algorithm, bits, state, created, published,"
        " activated, retiring, revoked, destroyed, rotation_due, retire_days, public_key,"
        " encrypted_private_key, secret_key, hand_confirmed) VALUES (:domain_id, :selector,"
        " :algorithm, :bits, :state, :created, :published, :activated, :retiring, :revoked,"
        " :destroyed, :rotation_due, :retire_days, :public_key, :encrypted_private_key,"
        " :secret_key, :hand_confirmed)"_s);
    query.bindValue(u":domain_id"_s, *domainId);
    bindKey(query, key);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == u"2067"_s
            || query.lastError().text().contains(u"UNIQUE"_s))
            return Error{ErrorCode::AlreadyExists,
                         Tr::tr("the workspace already has a key for selector %1 of %2")
                             .arg(key.selector, key.domain)};
        return sqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<void> KeyTable::update(const StoredKey &key)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(
        u"UPDATE dkim_keys SET selector = :selector, algorithm = :algorithm, bits = :bits,"
        " state = :state, created = :created, published = :published, activated = :activated,"
        " retiring = :retiring, revoked = :revoked, destroyed = :destroyed,"
        " rotation_due = :rotation_due, retire_days = :retire_days, public_key = :public_key,"
        " encrypted_private_key = :encrypted_private_key, secret_key = :secret_key,"
        " hand_confirmed = :hand_confirmed WHERE id = :id"_s);
    bindKey(query, key);
    query.bindValue(u":id"_s, key.id);
    if (!query.exec())
        return sqlError(query.lastError());
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, Tr::tr("no DKIM key with id %1").arg(key.id)};
    return {};
}

Result<QList<StoredKey>> KeyTable::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(
        u"SELECT k.id, d.name, k.selector, k.algorithm, k.bits, k.state, k.created, k.published,"
        " k.activated, k.retiring, k.revoked, k.destroyed, k.rotation_due, k.retire_days,"
        " k.public_key, k.encrypted_private_key, k.secret_key, k.hand_confirmed"
        " FROM dkim_keys k JOIN domains d ON d.id = k.domain_id "_s
        + where + u" ORDER BY d.name, k.created, k.id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError());
    QList<StoredKey> keys;
    while (query.next()) {
        StoredKey key;
        key.id = query.value(0).toLongLong();
        key.domain = query.value(1).toString();
        key.selector = query.value(2).toString();
        const auto spec = KeySpec::fromToken(query.value(3).toString());
        const auto state = KeyStates.value(query.value(5).toString());
        if (!spec || !state)
            //: %1 a file, %2 a key id
            return Error{ErrorCode::FileUnreadable,
                         Tr::tr("%1: DKIM key %2 has an unknown type or state")
                             .arg(m_workspace->path())
                             .arg(key.id)};
        key.spec = *spec;
        key.state = *state;
        key.created = dateFrom(query.value(6));
        key.published = dateFrom(query.value(7));
        key.activated = dateFrom(query.value(8));
        key.retiring = dateFrom(query.value(9));
        key.revoked = dateFrom(query.value(10));
        key.destroyed = dateFrom(query.value(11));
        key.rotationDue = dateFrom(query.value(12));
        key.retireDays = query.value(13).toInt();
        key.publicKey = query.value(14).toByteArray();
        key.encryptedPrivateKey = query.value(15).toByteArray();
        key.confirmedByHand
            = query.value(17).toString().split(u',', Qt::SkipEmptyParts); // step tokens
        key.secretKey = query.value(16).toString();
        keys << key;
    }
    return keys;
}

Result<std::optional<StoredKey>> KeyTable::find(qint64 id) const
{
    auto keys = select(u"WHERE k.id = ?"_s, {id});
    if (!keys)
        return keys.error();
    return keys->isEmpty() ? std::optional<StoredKey>() : std::optional(keys->first());
}

Result<std::optional<StoredKey>> KeyTable::find(const QString &domain,
                                                const QString &selector) const
{
    auto keys = select(u"WHERE d.name = ? AND k.selector = ?"_s, {domain, selector});
    if (!keys)
        return keys.error();
    return keys->isEmpty() ? std::optional<StoredKey>() : std::optional(keys->first());
}

Result<QList<StoredKey>> KeyTable::list(const QString &domain) const
{
    if (domain.isEmpty())
        return select({}, {});
    return select(u"WHERE d.name = ?"_s, {domain});
}

} // namespace Sceau::Dkim
