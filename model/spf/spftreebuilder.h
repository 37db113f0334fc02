#pragma once

#include "model/dns/resolver.h"
#include "model/spf/spfpublication.h"
#include "model/spf/spftree.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace Sceau {
namespace Spf {

// Builds the include tree of a domain's SPF record, asynchronously on a Dns::Resolver:
// every include= and the redirect= that applies (§6.1) followed concurrently, a/mx/exists
// targets resolved to count void lookups and list the addresses they authorise. Independent of
// any message, so targets built from macros are listed but not followed.
//
// Bounded: at most MaxTreeNodes records and MaxTreeQueries queries (spflimits.h); the rest is
// listed in the nodes' notFollowed. A failed lookup is recorded in the node's failures, never
// counted void. Give it a Dns::CachingResolver so that a record included many times is
// fetched once.
class SpfTreeBuilder final : public QObject
{
    Q_OBJECT
public:
    explicit SpfTreeBuilder(Dns::Resolver *resolver, QObject *parent = nullptr);

    QFuture<SpfTreeNode> build(const QString &domain);
    // The same, from the root's publication already at hand (the audit looked it up).
    QFuture<SpfTreeNode> build(const Publication &root);

private:
    QPointer<Dns::Resolver> m_resolver;
};

} // namespace Spf
} // namespace Sceau
