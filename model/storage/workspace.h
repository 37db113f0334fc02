#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sceau {
namespace Storage {

// The workspace (DESIGN.md §5b): an SQLite database through Qt SQL with a versioned schema.
// Local and small: calls are synchronous and quick.
class Workspace final
{
public:
    static constexpr int SchemaVersion = 6;

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

    // The open database, for the tables kept by their own module over this schema
    // (Dkim::KeyTable: the dkim_keys rows). Valid while this workspace lives.
    QSqlDatabase database() const;

private:
    explicit Workspace(QString connectionName, QString path);
    Result<void> migrate();

    QString m_connection;
    QString m_path;
};

} // namespace Storage
} // namespace Sceau
