#include "app/cli/clicommand.h"

namespace Sceau::Cli {

CliCommand::~CliCommand() = default;

} // namespace Sceau::Cli
