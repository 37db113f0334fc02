#pragma once

#include "model/core/tokentable.h"
#include "model/dns/rrtype.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Publish {

// One RRset of a zone, the unit Sceau publishes.
struct RrsetRef
{
    QString zone;  // the zone's apex, no trailing dot
    QString owner; // absolute, no trailing dot, at or below zone
    Dns::RrType type = Dns::RrType::TXT;

    // owner relative to zone ("@" at the apex), as APIs and zone files write it.
    QString relativeOwner() const;
    friend bool operator==(const RrsetRef &, const RrsetRef &) = default;
};

// The RRset as the backend serves it now.
struct CurrentRrset
{
    std::optional<QString> failure; // set when it could not be read: never "absent"
    QStringList values;             // canonicalValue() of each record (recordvalue.h)
    quint32 ttl = 0;                // seconds; 0 when there is no record

    bool failed() const { return failure.has_value(); }
};

enum class PublishOutcome {
    Done,         // the backend applied the change
    Changed,      // the RRset is not what was expected (seen before sending, or by the server's
                  // prerequisite): nothing was changed
    Failed,       // the backend refused or could not apply it (code and detail say why)
    Unreachable,  // the backend could not be reached, or did not answer in time
    CouldNotRead, // the RRset could not be read first: nothing was sent
};
inline constexpr TokenTable<PublishOutcome, 5> PublishOutcomes{{{
    {PublishOutcome::Done, "done"},
    {PublishOutcome::Changed, "changed"},
    {PublishOutcome::Failed, "failed"},
    {PublishOutcome::Unreachable, "unreachable"},
    {PublishOutcome::CouldNotRead, "could-not-read"},
}}};

struct PublishResult
{
    PublishOutcome outcome = PublishOutcome::CouldNotRead;
    QStringList before; // canonical values read before the change (empty: there was none)
    QStringList after;  // the values asked for (empty for a removal)
    QString code;       // the backend's own word for what happened ("bad-key", "http-403")
    QString detail;     // for the user; never a secret
};

// What a backend can promise.
struct PublisherCapabilities
{
    // The server itself refuses a write whose prerequisite no longer holds (RFC 2136 §2.4),
    // atomically. Without it the publisher re-reads just before writing: a change made between
    // that read and the write cannot be seen.
    bool atomicGuard = false;
};

// The provider-neutral publisher (issue #11): read an RRset, add it where there is none,
// replace or remove it only when it is exactly what the user saw (values compared after
// normalisation, recordvalue.h). Never touches another RRset. On the event loop; futures
// always finish, on this object's thread.
class Publisher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual PublisherCapabilities capabilities() const = 0;

    virtual QFuture<CurrentRrset> read(const RrsetRef &ref) = 0;
    // values: canonical values; ttl in seconds. Changed when the RRset exists.
    virtual QFuture<PublishResult> add(const RrsetRef &ref, const QStringList &values, quint32 ttl)
        = 0;
    // Changed unless the RRset is expected (non-empty) now.
    virtual QFuture<PublishResult> replace(const RrsetRef &ref,
                                           const QStringList &expected,
                                           const QStringList &values,
                                           quint32 ttl)
        = 0;
    virtual QFuture<PublishResult> remove(const RrsetRef &ref, const QStringList &expected) = 0;
    // Whether the backend accepts this credential for zone, changing nothing: Done, or why not.
    // By default an authenticated read of the apex's TXT RRset (what API backends need).
    virtual QFuture<PublishResult> verify(const QString &zone);
};

// The one guard every backend applies to what it read just before writing: nullopt when now
// is what the user expected (expected empty: no record at all), otherwise the result that
// refuses the change (CouldNotRead when now failed, else Changed), nothing sent.
std::optional<PublishResult> refusal(const RrsetRef &ref,
                                     const CurrentRrset &now,
                                     const QStringList &expected,
                                     const QStringList &values);

} // namespace Publish
} // namespace Sceau
