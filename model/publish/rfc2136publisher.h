#pragma once

#include "model/dns/dnsupdate.h"
#include "model/dns/lookupresult.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace Sceau {
namespace Publish {

// One RRset of a zone, the unit Sceau publishes.
struct RrsetRef
{
    QString zone;  // the zone's apex, no trailing dot
    QString owner; // absolute, no trailing dot, at or below zone
    Dns::RrType type = Dns::RrType::TXT;
};

// The RRset as the primary serves it now.
struct CurrentRrset
{
    Dns::LookupResult lookup;           // failed(): could not read it (never "absent")
    QList<Dns::ResourceRecord> records; // exactly at owner and type (no CNAME target's)
    QStringList values;                 // canonicalValue() of each record
};

enum class PublishOutcome {
    Done,         // the primary applied the change
    Changed,      // the RRset is not what was expected (seen before sending, or by the server's
                  // prerequisite): nothing was changed
    Failed,       // the server refused or could not apply it (update says why)
    CouldNotRead, // the RRset could not be read first: nothing was sent
};

struct PublishResult
{
    PublishOutcome outcome = PublishOutcome::CouldNotRead;
    QStringList before; // canonical values read before the change (empty for an add)
    QStringList after;  // the values asked for (empty for a removal)
    Dns::UpdateResult update;
    QString detail; // for the user; never a secret
};

// Publishing to a zone's primary with RFC 2136 UPDATE signed with TSIG (RFC 8945), with the
// guards of issue #11: add only what is absent; replace and remove only what is, after
// normalisation (recordvalue.h), what the user saw: the RRset is read first and the UPDATE
// carries the exact records read as its prerequisite (RFC 2136 §2.4.2), so a change made by
// someone else, before or during, is never overwritten. On the event loop; futures always
// finish.
class Rfc2136Publisher final : public QObject
{
    Q_OBJECT
public:
    Rfc2136Publisher(const Dns::NameServer &primary,
                     const Dns::TsigKey &key,
                     int timeoutMs = 3000,
                     QObject *parent = nullptr);
    ~Rfc2136Publisher() override;

    // The RRset, asked of the primary directly (RD=0).
    QFuture<CurrentRrset> read(const RrsetRef &ref);

    // values: canonical values (recordvalue.h); ttl in seconds.
    QFuture<PublishResult> add(const RrsetRef &ref, const QStringList &values, quint32 ttl);
    QFuture<PublishResult> replace(const RrsetRef &ref,
                                   const QStringList &expected,
                                   const QStringList &values,
                                   quint32 ttl);
    QFuture<PublishResult> remove(const RrsetRef &ref, const QStringList &expected);

private:
    QFuture<PublishResult> guarded(const RrsetRef &ref,
                                   const QStringList &expected,
                                   const QStringList &values,
                                   quint32 ttl);
    QFuture<PublishResult> send(const Dns::UpdateRequest &request, PublishResult result);

    Dns::NameServer m_primary;
    Dns::TsigKey m_key;
    int m_timeoutMs;
};

} // namespace Publish
} // namespace Sceau
