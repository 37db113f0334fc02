#pragma once

#include "model/core/result.h"
#include "model/publish/publisher.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Sceau {
namespace Cli {

// What the publish commands read from their command line (docs/cli.md "publish").
namespace PublishInput {

// --zone Z, --name N, --type T (default TXT), --value V (repeatable), --ttl S, --credential C,
// --expect V (repeatable).
QList<QCommandLineOption> rrsetOptions();
QList<QCommandLineOption> changeOptions(); // rrsetOptions() plus --ttl, --credential, --expect

// The RRset named by --zone and --name: N is relative to the zone ("@" for its apex) unless it
// is the zone or a name below it. Without --zone (requireZone false), N is absolute and the
// zone is left empty. InvalidInput naming the option.
Result<Publish::RrsetRef> rrset(const QCommandLineParser &parser, bool requireZone = true);

// The canonical values of option ("value" or "expect") for ref's type, relative names completed
// with ref's zone when it has one (Publish::canonicalValue, Publish::checkRrset): InvalidInput
// naming the value that is not one of the type.
Result<QStringList>
values(const QCommandLineParser &parser, const QString &option, const Publish::RrsetRef &ref);

// --ttl in seconds (default 3600): 0–2147483647 (RFC 2181 §8).
Result<quint32> ttl(const QCommandLineParser &parser);

} // namespace PublishInput
} // namespace Cli
} // namespace Sceau
