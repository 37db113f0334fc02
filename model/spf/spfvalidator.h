#pragma once

#include "model/core/finding.h"
#include "model/dns/resolver.h"
#include "model/spf/spfpublication.h"
#include "model/spf/spftree.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <optional>

namespace Sceau {
namespace Spf {

// What SPF validation found for a domain: findings (ids in spffindings.h), the include tree
// and the DNS-querying terms it costs (RFC 7208 §4.6.4).
struct SpfValidation
{
    QString domain;
    bool completed = true;   // false when a lookup failed (failures): the picture is incomplete
    QList<Finding> findings; // a failure gives dns.lookup-failed (a warning), never "missing"
    std::optional<SpfTreeNode> tree; // when the domain has exactly one v=spf1 record
    int lookups = 0;                 // DNS-querying terms of the tree (§4.6.4)
    QList<LookupFailure> failures;   // distinct failed lookups (name, type), tree included
    int queries = 0;                 // DNS queries sent beyond the root TXT (tree, type 99)
};

// Validates a domain's SPF publication asynchronously on a Dns::Resolver. The audit calls
// validate(publication) with the TXT answer it already has; the tree (includes, a, mx) and the
// deprecated type 99 are looked up here. Give it a Dns::CachingResolver (one per run).
class SpfValidator final : public QObject
{
    Q_OBJECT
public:
    explicit SpfValidator(Dns::Resolver *resolver, QObject *parent = nullptr);

    QFuture<SpfValidation> validate(const QString &domain);
    QFuture<SpfValidation> validate(const Publication &publication);

    // Findings about one record's text alone (syntax, all, ptr): `spf parse`.
    static QList<Finding> recordFindings(const QString &domain, const QString &record);
    // Findings about the published TXT RRset (missing, several, spf2.0, string and size limits);
    // dns.lookup-failed when the TXT lookup failed.
    static QList<Finding> publicationFindings(const Publication &publication);
    // Findings about the whole tree (limits, includes without record, loops, nested errors,
    // nested terms authorising everyone); failed lookups are reported by validate().
    static QList<Finding> treeFindings(const SpfTreeNode &tree);
    // The tree's failed lookups, one per (name, type).
    static QList<LookupFailure> distinctFailures(const SpfTreeNode &tree);

private:
    QPointer<Dns::Resolver> m_resolver;
};

} // namespace Spf
} // namespace Sceau
