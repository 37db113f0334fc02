#pragma once

#include "model/core/finding.h"
#include "model/dns/resolver.h"
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
    bool completed = true; // false when the TXT lookup failed: nothing could be checked
    QList<Finding> findings;
    std::optional<SpfTreeNode> tree; // when the domain has exactly one v=spf1 record
    int lookups = 0;
};

// Validates a domain's SPF publication asynchronously on a Dns::Resolver. The audit calls
// validate(domain, txt) with the TXT answer it already has; the tree (includes, a, mx) and the
// deprecated type 99 are looked up here.
class SpfValidator final : public QObject
{
    Q_OBJECT
public:
    explicit SpfValidator(Dns::Resolver *resolver, QObject *parent = nullptr);

    QFuture<SpfValidation> validate(const QString &domain);
    QFuture<SpfValidation> validate(const QString &domain, const Dns::LookupResult &txt);

    // Findings about one record's text alone (syntax, all, ptr): `spf parse`.
    static QList<Finding> recordFindings(const QString &domain, const QString &record);
    // Findings about the published TXT RRset (missing, several, spf2.0, string and size limits).
    static QList<Finding> publicationFindings(const QString &domain, const Dns::LookupResult &txt);
    // Findings about the whole tree (limits, includes without record, loops, nested errors).
    static QList<Finding> treeFindings(const SpfTreeNode &tree);

private:
    QPointer<Dns::Resolver> m_resolver;
};

} // namespace Spf
} // namespace Sceau
