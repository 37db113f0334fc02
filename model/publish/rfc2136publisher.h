#pragma once

#include "model/dns/dnsupdate.h"
#include "model/dns/lookupresult.h"
#include "model/publish/publisher.h"

namespace Sceau {
namespace Publish {

// Publishing to a zone's primary with RFC 2136 UPDATE signed with TSIG (RFC 8945), with the
// guards of issue #11: add only what is absent; replace and remove only what is, after
// normalisation (recordvalue.h), what the user saw: the RRset is read first and the UPDATE
// carries the exact records read as its prerequisite (RFC 2136 §2.4.2), so a change made by
// someone else, before or during, is never overwritten. On the event loop; futures always
// finish.
class Rfc2136Publisher final : public Publisher
{
    Q_OBJECT
public:
    Rfc2136Publisher(const Dns::NameServer &primary,
                     const Dns::TsigKey &key,
                     int timeoutMs = 3000,
                     QObject *parent = nullptr);
    ~Rfc2136Publisher() override;

    PublisherCapabilities capabilities() const override { return {.atomicGuard = true}; }
    // The RRset, asked of the primary directly (RD=0).
    QFuture<CurrentRrset> read(const RrsetRef &ref) override;
    QFuture<PublishResult>
    add(const RrsetRef &ref, const QStringList &values, quint32 ttl) override;
    QFuture<PublishResult> replace(const RrsetRef &ref,
                                   const QStringList &expected,
                                   const QStringList &values,
                                   quint32 ttl) override;
    QFuture<PublishResult> remove(const RrsetRef &ref, const QStringList &expected) override;
    // An UPDATE with no prerequisite and no change (RFC 2136 §3.4: nothing to do): the primary
    // still checks the TSIG (RFC 8945 §5.2) and its policy for zone.
    QFuture<PublishResult> verify(const QString &zone) override;

private:
    // What read() gives, with the exact records (the prerequisite of a guarded UPDATE).
    struct Records
    {
        CurrentRrset current;
        QList<Dns::ResourceRecord> records;
    };
    QFuture<Records> readRecords(const RrsetRef &ref);
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
