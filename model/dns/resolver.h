#pragma once

#include "model/dns/lookupresult.h"

#include <QFuture>
#include <QObject>

namespace Sceau {
namespace Dns {

// The one asynchronous lookup interface every DNS source implements (DESIGN.md §2): the live
// source, the zone-file overlay, the per-audit cache. Lookups run on the event loop of the
// resolver's thread; the future finishes there. Never blocks.
//
// Receive results with onResult() (model/core/async.h), which is safe when the receiver dies
// first and lets several receivers watch one future.
class Resolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // name: normalized (see DomainName). The future always finishes with a LookupResult,
    // failures included; it is never canceled by the resolver.
    virtual QFuture<LookupResult> lookup(const QString &name, RrType type) = 0;
};

} // namespace Dns
} // namespace Sceau
