#pragma once

namespace Sceau {
namespace Cli {

// DESIGN.md §6.
enum ExitCode : int {
    Done = 0,             // done, and what was checked is fine
    CheckFailed = 1,      // done, and the thing checked failed or has an error-level finding
    BadUsage = 2,         // bad usage or bad input
    CouldNotComplete = 3, // resolver unreachable, keychain locked, a lookup failed…
};

// The one rule for commands that report a posture (check, spf tree, dkim check, dkim
// selectors; docs/cli.md "Exit codes"): an error-level posture finding wins (1), else a
// report that could not look everywhere is incomplete (3), else 0. A failed lookup is never
// itself an error-level finding: it only makes the report incomplete.
constexpr ExitCode postureExitCode(bool hasErrorFinding, bool incomplete)
{
    if (hasErrorFinding)
        return CheckFailed;
    return incomplete ? CouldNotComplete : Done;
}

} // namespace Cli
} // namespace Sceau
