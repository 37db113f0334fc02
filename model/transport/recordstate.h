#pragma once

#include "model/core/tokentable.h"

namespace Sceau {
namespace Transport {

// Which of a name's TXT values is a policy record, for the records that are chosen the same way
// (MTA-STS, RFC 8461 §3.1; TLS-RPT, RFC 8460 §3): values without the version tag are discarded;
// none left is Absent, more than one is Multiple (senders then ignore them all), one that does
// not parse is Invalid.
enum class RecordState { Absent, Valid, Invalid, Multiple };

// The JSON tokens ("absent", "valid", "invalid", "multiple"), both ways.
inline constexpr TokenTable<RecordState, 4> RecordStates{{{
    {RecordState::Absent, "absent"},
    {RecordState::Valid, "valid"},
    {RecordState::Invalid, "invalid"},
    {RecordState::Multiple, "multiple"},
}}};

} // namespace Transport
} // namespace Sceau
