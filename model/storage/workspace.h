#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Sceau {
namespace Storage {

// One DKIM key as the workspace keeps it. The private key is only ever here as encrypted
// PKCS#8 (DESIGN.md §5); its passphrase lives in the keychain under secretKey.
struct DkimKeyEntry
{
    qint64 id = 0;
    QString domain;
    QString selector;
    QString algorithm; // KeySpec token: "rsa-2048", "ed25519"
    int bits = 0;
    QString state; // rotation state token (model/dkim/rotation.h)
    QDateTime created;
    QDateTime published;            // seen on DNS
    QDateTime activated;            // signing with it
    QDateTime retiring;             // replaced, still published
    QDateTime revoked;              // p= empty published
    QDateTime destroyed;            // private key erased
    QDateTime rotationDue;          // when it should be replaced
    int retireDays = 7;             // how long a retiring key stays published
    QByteArray publicKey;           // the p= value, decoded
    QByteArray encryptedPrivateKey; // PKCS#8 PEM, AES-256; empty once destroyed
    QString secretKey;              // keychain entry holding the passphrase
};

// The workspace (DESIGN.md §5b): an SQLite database through Qt SQL with a versioned schema.
// Local and small: calls are synchronous and quick.
class Workspace final
{
public:
    static constexpr int SchemaVersion = 2;

    // <AppDataLocation>/workspace.sqlite
    static QString defaultPath();
    // Opens the database at path, creating it when absent. An existing one is first checked
    // read-only (SQLite quick_check, schema version); an older one is copied to
    // <path>.v<version>.bak, then migrated in one transaction. A damaged workspace, one from a
    // newer Sceau, or a failed backup or migration gives FileUnreadable (the detail names the
    // file and the cause) and leaves the file byte for byte as it was.
    static Result<std::unique_ptr<Workspace>> open(const QString &path = defaultPath());
    ~Workspace();

    int schemaVersion() const;
    QString path() const { return m_path; }

    Result<qint64> addDomain(const QString &domain); // returns the existing id when present
    Result<QStringList> domains() const;

    Result<qint64> addDkimKey(const DkimKeyEntry &entry);
    Result<void> updateDkimKey(const DkimKeyEntry &entry); // dates, state, key material
    Result<std::optional<DkimKeyEntry>> dkimKey(qint64 id) const;
    Result<std::optional<DkimKeyEntry>> dkimKey(const QString &domain,
                                                const QString &selector) const;
    Result<QList<DkimKeyEntry>> dkimKeys(const QString &domain
                                         = {}) const; // all domains when empty

private:
    explicit Workspace(QString connectionName, QString path);
    Result<void> migrate();
    Result<QList<DkimKeyEntry>> selectKeys(const QString &where, const QVariantList &values) const;

    QString m_connection;
    QString m_path;
};

} // namespace Storage
} // namespace Sceau
