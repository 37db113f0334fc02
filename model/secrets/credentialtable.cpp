#include "model/secrets/credentialtable.h"

#include "model/core/sqlerror.h"
#include "model/secrets/tr.h"
#include "model/storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sceau::Secrets {

namespace {
const QString Columns
    = u"id, kind, name, host, port, username, security, created, secret_key, zone, algorithm,"
      " rotated"_s;

Result<Credential> fromRow(const QSqlQuery &query)
{
    Credential c;
    c.id = query.value(0).toLongLong();
    const auto kind = CredentialKinds.value(query.value(1).toString());
    c.name = query.value(2).toString();
    c.host = query.value(3).toString();
    c.port = quint16(query.value(4).toUInt());
    c.username = query.value(5).toString();
    const auto security = Transport::SubmissionSecurities.value(query.value(6).toString());
    c.created = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    c.secretKey = query.value(8).toString();
    c.zone = query.value(9).toString();
    const auto algorithm = Dns::TsigAlgorithms.value(query.value(10).toString());
    c.rotated = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    if (!kind || (*kind == CredentialKind::Smtp && !security)
        || (*kind == CredentialKind::Tsig && !algorithm))
        //: %1 a credential's name
        return Error{
            ErrorCode::FileUnreadable,
            Tr::tr("the workspace's credential %1 has an unknown kind or security").arg(c.name)};
    c.kind = *kind;
    if (security)
        c.security = *security;
    if (algorithm)
        c.tsigAlgorithm = *algorithm;
    return c;
}
} // namespace

CredentialTable::CredentialTable(Storage::Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<qint64> CredentialTable::add(const Credential &credential)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(
        u"INSERT INTO credentials (kind, name, host, port, username, security, created,"
        " secret_key, zone, algorithm, rotated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(CredentialKinds.token(credential.kind));
    query.addBindValue(credential.name);
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    query.addBindValue(text(credential.host));
    query.addBindValue(credential.port);
    query.addBindValue(text(credential.username));
    query.addBindValue(credential.kind == CredentialKind::Smtp
                           ? QVariant(Transport::SubmissionSecurities.token(credential.security))
                           : QVariant());
    query.addBindValue(credential.created.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(credential.secretKey);
    query.addBindValue(text(credential.zone));
    query.addBindValue(credential.kind == CredentialKind::Tsig
                           ? QVariant(Dns::TsigAlgorithms.token(credential.tsigAlgorithm))
                           : QVariant());
    const QDateTime rotated
        = credential.rotated.isValid() ? credential.rotated : credential.created;
    query.addBindValue(rotated.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        if (query.lastError().text().contains(u"UNIQUE"_s))
            //: %1 a credential's name
            return Error{ErrorCode::AlreadyExists,
                         Tr::tr("a credential named %1 already exists").arg(credential.name)};
        return sqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<std::optional<Credential>> CredentialTable::find(const QString &name) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT %1 FROM credentials WHERE name = ?"_s.arg(Columns));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query.lastError());
    if (!query.next())
        return std::optional<Credential>();
    auto credential = fromRow(query);
    if (!credential)
        return credential.error();
    return std::optional<Credential>(*credential);
}

Result<QList<Credential>> CredentialTable::list(std::optional<CredentialKind> kind) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(
        u"SELECT %1 FROM credentials WHERE ? IS NULL OR kind = ? ORDER BY name"_s.arg(Columns));
    const QVariant token = kind ? QVariant(CredentialKinds.token(*kind)) : QVariant();
    query.addBindValue(token);
    query.addBindValue(token);
    if (!query.exec())
        return sqlError(query.lastError());
    QList<Credential> credentials;
    while (query.next()) {
        auto credential = fromRow(query);
        if (!credential)
            return credential.error();
        credentials << *credential;
    }
    return credentials;
}

Result<void> CredentialTable::setRotated(const QString &name, const QDateTime &when)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"UPDATE credentials SET rotated = ? WHERE name = ?"_s);
    query.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query.lastError());
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, Tr::tr("no credential named %1").arg(name)};
    return {};
}

Result<void> CredentialTable::remove(const QString &name)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"DELETE FROM credentials WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query.lastError());
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, Tr::tr("no credential named %1").arg(name)};
    return {};
}

} // namespace Sceau::Secrets
