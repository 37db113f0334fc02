#pragma once

#include "model/core/result.h"
#include "model/core/tokentable.h"
#include "model/publish/publisher.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Sceau {
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Publish {

enum class ChangeAction { Add, Replace, Remove };
inline constexpr TokenTable<ChangeAction, 3> ChangeActions{{{
    {ChangeAction::Add, "add"},
    {ChangeAction::Replace, "replace"},
    {ChangeAction::Remove, "delete"},
}}};

// One change to one RRset, as asked: expected is what the user saw (empty for an add), values
// what they want (empty for a removal), canonical values (recordvalue.h); ttl in seconds.
struct Change
{
    QString credential; // the name of the credential that publishes to ref.zone
    RrsetRef ref;
    ChangeAction action = ChangeAction::Add;
    QStringList expected;
    QStringList values;
    quint32 ttl = 3600;
    std::optional<qint64> rollbackOf; // the journal entry this change undoes
};

// A journal entry (issue #11 §4): written before the change is sent, completed once the
// backend answered. outcome is a PublishOutcomes token, or "pending" while (or if, after a
// crash) no answer was recorded.
struct JournalEntry
{
    qint64 id = 0;
    QDateTime time;  // UTC, when it was written (before sending)
    QString backend; // CredentialKinds token of the credential's kind ("tsig", "ovh"…)
    Change change;
    QStringList before;    // the RRset before: what was read, or what the user saw until then
    quint32 beforeTtl = 0; // its TTL (0: unknown or no record)
    QString outcome = QStringLiteral("pending");
    QString detail;

    bool done() const { return outcome == QLatin1String("done"); }
};

// The reverse of a done entry, guarded like any change: what it wrote must still be there.
// An add is undone by removing what it added, a removal by adding back what it removed (with
// its TTL), a replacement by putting the previous values back. InvalidInput when the entry did
// not change anything (not done), or changed nothing to undo.
Result<Change> rollbackOf(const JournalEntry &entry);

// The workspace's publish_journal table. Synchronous and quick, like the workspace.
class Journal final
{
public:
    explicit Journal(Storage::Workspace *workspace); // not owned; must outlive this

    // Writes entry as pending (its id, time and outcome are set here); returns the new id.
    Result<qint64> begin(const JournalEntry &entry);
    // Records the backend's answer for entry id: its outcome, detail, and the RRset it read
    // before writing (result.before), when it read one.
    Result<void> finish(qint64 id, const PublishResult &result, bool readBefore);
    // nullopt when there is no such entry.
    Result<std::optional<JournalEntry>> find(qint64 id) const;
    // The latest limit entries, newest first (of zone, when given).
    Result<QList<JournalEntry>> list(int limit = 100, const QString &zone = {}) const;

private:
    Storage::Workspace *m_workspace;
};

} // namespace Publish
} // namespace Sceau
