#pragma once

#include "model/core/error.h"
#include "model/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Storage {

class Workspace;

// One domain of the list (issue 12 §1): who it is for and how the user groups it.
struct DomainEntry
{
    qint64 id = 0;
    QString name;   // normalized (DomainName::fromUserInput)
    QString client; // free text, may be empty
    QStringList tags;
    QDateTime added; // UTC
};

// A line of an imported list that was not added, and why.
struct ImportLineError
{
    int line = 0; // 1-based
    QString text; // the line as read, trimmed
    Error error;
};

struct ImportResult
{
    QStringList added; // normalized names, in file order (already listed ones included)
    QList<ImportLineError> errors;
};

// The domains list of the workspace: the `domains` rows that are listed, with their client and
// tags. Local and synchronous, like the workspace it reads (valid while it lives).
class DomainList final
{
public:
    static constexpr int MaxTags = 32;
    static constexpr int MaxTagLength = 64;
    static constexpr int MaxClientLength = 200;
    // An imported list is untrusted input: at most 1 MiB and 10 000 lines.
    static constexpr qsizetype MaxImportBytes = 1024 * 1024;
    static constexpr int MaxImportLines = 10000;

    explicit DomainList(Workspace *workspace);

    // Adds input (a name, or a pasted URL whose host is taken) to the list. An already listed
    // domain keeps its row: a non-empty client replaces its client, tags are added to its
    // tags. Fails with InvalidInput (bad name, client or tag).
    Result<DomainEntry>
    add(const QString &input, const QString &client = {}, const QStringList &tags = {});
    // Takes the domain off the list and deletes its saved checks. Its row stays (unlisted)
    // when DKIM keys of the workspace name it. NotFound when it is not listed.
    Result<void> remove(const QString &input);
    Result<QList<DomainEntry>> list() const;              // by name
    Result<DomainEntry> find(const QString &input) const; // NotFound when not listed
    Result<void> setClient(const QString &input, const QString &client);
    Result<void> setTags(const QString &input, const QStringList &tags);

    // One domain per line; '#' starts a comment; blank lines are skipped. Valid lines are
    // added (with client and tags) even when others fail; each failing line is reported.
    // InvalidInput, with nothing added, for text over MaxImportBytes or MaxImportLines.
    Result<ImportResult>
    import(const QByteArray &text, const QString &client = {}, const QStringList &tags = {});

private:
    Workspace *m_workspace;
};

} // namespace Storage
} // namespace Sceau
