#pragma once

#include "app/cli/clicommand.h"

#include <memory>
#include <vector>

namespace Sceau {
namespace Cli {

// Every command sceau-cli knows, and which one a command line names.
class CommandRegistry
{
public:
    CommandRegistry();

    // The command whose words begin the arguments, with how many words it used.
    std::pair<CliCommand *, int> find(const QStringList &arguments) const;
    QString overview() const; // translated list of commands, for --help

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Cli
} // namespace Sceau
