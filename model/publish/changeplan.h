#pragma once

#include <QList>
#include <QStringList>

namespace Sceau {
namespace Publish {

// One record of an RRset as a provider's API holds it: its id there, its canonical value
// (recordvalue.h) and TTL.
struct ApiRecord
{
    QString id;
    QString value;
    quint32 ttl = 0;
};

// One write to a provider's API.
struct ApiChange
{
    enum class Kind { Update, Create, Delete };
    Kind kind = Kind::Create;
    QString id;    // Update, Delete: the record's id
    QString value; // Update, Create: the canonical value to hold
    quint32 ttl = 0;

    friend bool operator==(const ApiChange &, const ApiChange &) = default;
};

// The fewest writes that turn the records now into values at ttl, touching no other record: a
// record already holding a wanted value at ttl is left alone, one at another TTL is updated;
// the records left over are updated to the values left over, then the values still missing are
// created, then the records still left over (and duplicates) are deleted, so that the name
// never goes without a record during a replace. Values are compared as they are (canonical),
// duplicates in values are one value (RFC 2181 §5). Empty when there is nothing to change.
QList<ApiChange> planChanges(const QList<ApiRecord> &now, const QStringList &values, quint32 ttl);

} // namespace Publish
} // namespace Sceau
