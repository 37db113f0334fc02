#pragma once

#include "model/publish/propagationwatch.h"
#include "model/publish/publishservice.h"

#include <QJsonObject>
#include <QTextStream>

namespace Sceau {
namespace Cli {

// The JSON and text of the publish commands (docs/cli.md "publish").
namespace PublishOutput {

// A journal entry: id, time, zone, name, type, action, credential, backend, ttl, before,
// after, outcome, detail, rollback_of.
QJsonObject entryJson(const Publish::JournalEntry &entry);
// A change as it went: the entry, plus code (the backend's word).
QJsonObject appliedJson(const Publish::Applied &applied);
// name, type, expected, zone, complete, rounds, failure, servers[{host, address, state,
// values, serial, detail}].
QJsonObject propagationJson(const Publish::PropagationStatus &status);

// The exit code of a change as it went (docs/cli.md "publish"): 0 done; 1 refused (the RRset
// changed, or the server or API refused); 3 not reached, or the RRset could not be read.
int exitCode(Publish::PublishOutcome outcome);

// "Done: …", the diff (- before, + after) and the detail.
void printApplied(QTextStream &out, const Publish::Applied &applied);
void printEntry(QTextStream &out, const Publish::JournalEntry &entry);
void printPropagation(QTextStream &out, const Publish::PropagationStatus &status);

} // namespace PublishOutput
} // namespace Cli
} // namespace Sceau
