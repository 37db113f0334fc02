#pragma once

namespace Sceau {
namespace Cli {

// DESIGN.md §6.
enum ExitCode : int {
    Done = 0,             // done, and what was checked is fine
    CheckFailed = 1,      // done, and the thing checked failed or has an error-level finding
    BadUsage = 2,         // bad usage or bad input
    CouldNotComplete = 3, // resolver unreachable, keychain locked…
};

} // namespace Cli
} // namespace Sceau
