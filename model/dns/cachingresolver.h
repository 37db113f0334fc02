#pragma once

#include "model/dns/resolver.h"

#include <QHash>
#include <QPointer>
#include <QPromise>

#include <memory>
#include <vector>

namespace Sceau {
namespace Dns {

// A cache keyed by (name, type) in front of another resolver, for the life of one audit
// (DESIGN.md §2): an include shared by SPF and DMARC is fetched once. Identical questions
// asked while the first is on the wire wait for it instead of going out again. Failures are
// kept too, so one audit sees one consistent picture.
class CachingResolver final : public Resolver
{
    Q_OBJECT
public:
    explicit CachingResolver(Resolver *upstream, QObject *parent = nullptr);

    QFuture<LookupResult> lookup(const QString &name, RrType type) override;

    int upstreamLookups() const { return m_upstreamLookups; }

private:
    using Key = std::pair<QString, quint16>;
    using Waiter = std::shared_ptr<QPromise<LookupResult>>;

    QPointer<Resolver> m_upstream;
    QHash<Key, LookupResult> m_answers;
    QHash<Key, std::vector<Waiter>> m_waiting;
    int m_upstreamLookups = 0;
};

} // namespace Dns
} // namespace Sceau
