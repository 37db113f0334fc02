#pragma once

#include "model/dns/resolver.h"
#include "model/spf/spftree.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace Sceau {
namespace Spf {

// Builds the include tree of a domain's SPF record, asynchronously on a Dns::Resolver:
// every include= and redirect= followed (concurrently), a/mx/exists targets resolved to
// count void lookups and list the addresses they authorise. Independent of any message, so
// targets built from macros are listed but not followed.
class SpfTreeBuilder final : public QObject
{
    Q_OBJECT
public:
    explicit SpfTreeBuilder(Dns::Resolver *resolver, QObject *parent = nullptr);

    QFuture<SpfTreeNode> build(const QString &domain);
    // The same, from the root's TXT answer already at hand (the audit looked it up).
    QFuture<SpfTreeNode> build(const QString &domain, const Dns::LookupResult &txt);

private:
    QPointer<Dns::Resolver> m_resolver;
};

} // namespace Spf
} // namespace Sceau
