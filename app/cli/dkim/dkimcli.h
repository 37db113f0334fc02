#pragma once

#include "app/cli/exitcode.h"
#include "model/core/finding.h"
#include "model/core/result.h"

#include <QJsonArray>
#include <QTextStream>

#include <memory>

namespace Sceau {
namespace Dkim {
class KeyVault;
}
namespace Storage {
class Workspace;
}
} // namespace Sceau

namespace Sceau {
namespace Cli {

class CliContext;

// What the dkim commands share.
namespace DkimCli {

// The session's workspace and key vault (opened on first use).
struct Vault
{
    Storage::Workspace *workspace = nullptr;
    Dkim::KeyVault *vault = nullptr;
};
Result<Vault> openVault(CliContext &context);

} // namespace DkimCli
} // namespace Cli
} // namespace Sceau
