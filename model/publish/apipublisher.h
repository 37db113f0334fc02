#pragma once

#include "model/publish/apiclient.h"
#include "model/publish/changeplan.h"
#include "model/publish/publisher.h"

#include <functional>

namespace Sceau {
namespace Publish {

// What an API backend read of one RRset: its records, or why it could not read them.
struct ApiRead
{
    std::optional<ApiFailure> failure;
    QList<ApiRecord> records;
};

// The guards of issue #11 for a provider's HTTP API, which has no conditional write
// (capabilities().atomicGuard is false): every add, replace and remove re-reads the RRset just
// before writing and applies refusal() to it, then sends only the writes planChanges() gives
// for the records of that RRset (by their ids), one after the other. A change made between that
// read and the writes cannot be seen. A read that failed refuses the change with the failure's
// own outcome (Unreachable, Failed) and code; a write that failed stops the rest, and the
// detail says how many were made. Replacing an RRset with what it holds sends nothing: Done,
// code "unchanged". The backends say how to read, write one change, and commit.
class ApiPublisher : public Publisher
{
    Q_OBJECT
public:
    using Publisher::Publisher;

    PublisherCapabilities capabilities() const override { return {.atomicGuard = false}; }
    QFuture<CurrentRrset> read(const RrsetRef &ref) override;
    QFuture<PublishResult>
    add(const RrsetRef &ref, const QStringList &values, quint32 ttl) override;
    QFuture<PublishResult> replace(const RrsetRef &ref,
                                   const QStringList &expected,
                                   const QStringList &values,
                                   quint32 ttl) override;
    QFuture<PublishResult> remove(const RrsetRef &ref, const QStringList &expected) override;

protected:
    // The records of exactly ref (its owner and type, nothing else), read from the API now.
    virtual QFuture<ApiRead> readRecords(const RrsetRef &ref) = 0;
    // Sends one change to ref's records; nullopt once the API accepted it.
    virtual QFuture<std::optional<ApiFailure>> apply(const RrsetRef &ref, const ApiChange &change)
        = 0;
    // After every change was accepted (OVHcloud: refresh the zone). A failure here is reported
    // with the Done outcome: the records were changed. The default does nothing.
    virtual QFuture<std::optional<ApiFailure>> commit(const RrsetRef &ref);

private:
    using Finish = std::function<void(const PublishResult &)>;
    QFuture<PublishResult> guarded(const RrsetRef &ref,
                                   const QStringList &expected,
                                   const QStringList &values,
                                   quint32 ttl);
    void applyFrom(const RrsetRef &ref,
                   const QList<ApiChange> &plan,
                   qsizetype next,
                   const PublishResult &result,
                   const Finish &finish);
};

} // namespace Publish
} // namespace Sceau
