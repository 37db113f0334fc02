#pragma once

#include <QString>

namespace Sceau {

// Why an operation could not complete. Each code has one translated message (see describe()).
enum class ErrorCode {
    InvalidInput,        // the user's input is not acceptable (bad domain, bad address…)
    FileUnreadable,      // a file could not be opened or read
    ZoneFileInvalid,     // an RFC 1035 master file could not be parsed
    DnsTimeout,          // no answer from any nameserver in time
    DnsServerFailure,    // SERVFAIL (or another server-side rcode)
    DnsRefused,          // REFUSED
    DnsNetwork,          // the socket failed: unreachable, connection refused…
    DnsMalformed,        // the answer could not be parsed
    Canceled,            // the user canceled
    KeychainUnavailable, // no Secret Service / keychain
    KeychainLocked,      // the keychain is locked or access was denied
    Internal,            // a library call failed unexpectedly
    // A CNAME chain that loops back on itself, or is longer than Dns::Cname::MaxHops.
    DnsCnameLoop,
    DnsCnameChainTooLong,
    // What a workspace or keychain operation found: the thing asked for is not there; it is
    // there already; the step is not allowed from where the thing stands (a lifecycle
    // transition); DNS does not serve the record yet (a step that waits on publication).
    NotFound,
    AlreadyExists,
    NotAllowed,
    NotYetPublished,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    // What describe() adds after the code's sentence, never secret: a translated sentence when
    // it explains (Tr::tr), or raw data when it names what failed (a file, a name, a library's
    // message). Never parsed: callers decide on code alone.
    QString detail;

    friend bool operator==(const Error &, const Error &) = default;
};

// A specific, translated sentence for people (GUI, CLI text output).
QString describe(const Error &error);

} // namespace Sceau
