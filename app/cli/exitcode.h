#pragma once

#include "model/core/error.h"

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

// The exit code of a command that could not do what it was asked, from the error's code alone
// (DESIGN.md §6, docs/cli.md "Exit codes"): the user's input or the state it named is wrong
// (2); DNS does not serve the record yet (1: done, and the thing checked failed); the network,
// the keychain or the machine stopped it (3).
constexpr ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::FileUnreadable:
    case ErrorCode::ZoneFileInvalid:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::NotAllowed:
        return BadUsage;
    case ErrorCode::NotYetPublished:
        return CheckFailed;
    case ErrorCode::DnsTimeout:
    case ErrorCode::DnsServerFailure:
    case ErrorCode::DnsRefused:
    case ErrorCode::DnsNetwork:
    case ErrorCode::DnsMalformed:
    case ErrorCode::DnsCnameLoop:
    case ErrorCode::DnsCnameChainTooLong:
    case ErrorCode::Canceled:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainLocked:
    case ErrorCode::Internal:
        return CouldNotComplete;
    }
    return CouldNotComplete;
}

} // namespace Cli
} // namespace Sceau
