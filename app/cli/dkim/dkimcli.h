#pragma once

#include "app/cli/exitcode.h"
#include "model/core/finding.h"
#include "model/core/result.h"

#include <QJsonArray>
#include <QTextStream>

#include <memory>

namespace Sceau {
namespace Cli {

class CliContext;

// What the dkim commands share.
namespace DkimCli {

// FILE, or standard input when path is empty or "-": a message, an mbox or a key, at most
// Dkim::MaxMessageSize bytes (InvalidInput beyond, read no further).
Result<QByteArray> readInput(const QString &path);

} // namespace DkimCli
} // namespace Cli
} // namespace Sceau
