#pragma once

#include "model/core/result.h"
#include "model/core/tokentable.h"

#include <QByteArray>
#include <QList>
#include <QString>

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

// The chosen record of a name, and its state.
template<typename Record> struct RecordSelection
{
    using State = RecordState;
    State state = State::Absent;
    Record record;   // when Valid
    QByteArray text; // the chosen value (Valid, Invalid); every candidate joined for Multiple
    QString error;   // why it is Invalid (translated)
};

// The one selection rule above: isCandidate(value) says whether a value carries the version tag,
// parse(value) returns Result<Record>.
template<typename Record, typename IsCandidate, typename Parse>
RecordSelection<Record>
selectRecord(const QList<QByteArray> &txtValues, IsCandidate isCandidate, Parse parse)
{
    RecordSelection<Record> selection;
    QList<QByteArray> candidates;
    for (const QByteArray &value : txtValues) {
        if (isCandidate(value))
            candidates << value;
    }
    if (candidates.isEmpty())
        return selection;
    if (candidates.size() > 1) {
        selection.state = RecordState::Multiple;
        selection.text = candidates.join(" | ");
        return selection;
    }
    selection.text = candidates.first();
    const Result<Record> record = parse(selection.text);
    if (!record) {
        selection.state = RecordState::Invalid;
        selection.error = record.error().detail;
        return selection;
    }
    selection.state = RecordState::Valid;
    selection.record = *record;
    return selection;
}

} // namespace Transport
} // namespace Sceau
