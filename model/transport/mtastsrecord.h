#pragma once

#include "model/core/result.h"
#include "model/transport/recordstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Sceau {
namespace Transport {

// The _mta-sts TXT record of a Policy Domain (RFC 8461 §3.1): "v=STSv1; id=…".
struct MtaStsRecord
{
    QString id; // 1–32 letters and digits; changes whenever the policy does
    bool operator==(const MtaStsRecord &other) const = default;
};

// A record is at most this long (untrusted input; a TXT RRset is small).
inline constexpr int MaxMtaStsRecordLength = 4096;

// One TXT value (its strings joined) read as an MTA-STS record, by the RFC 8461 §3.1 grammar:
// "v=STSv1" first, then ";"-separated fields, exactly one id (1–32 ALPHA/DIGIT), extensions
// (name = value) ignored. InvalidInput with a translated reason otherwise.
Result<MtaStsRecord> parseMtaStsRecord(const QByteArray &text);

// Which of the TXT values at _mta-sts.<domain> is the record (RFC 8461 §3.1): values that do
// not begin with "v=STSv1" are discarded; none left is Absent; more than one is Multiple
// (senders then assume no policy); one that does not parse is Invalid.
using MtaStsRecordSelection = RecordSelection<MtaStsRecord>;
MtaStsRecordSelection selectMtaStsRecord(const QList<QByteArray> &txtValues);

// The record's text for an id: "v=STSv1; id=ID".
QString mtaStsRecordText(const QString &id);

// A new id from a time (UTC): "20261130T120000". When that equals previous (the policy changed
// twice in one second) a digit is added, so the id always changes (RFC 8461 §3.1).
QString nextMtaStsId(const QDateTime &now, const QString &previous = {});

} // namespace Transport
} // namespace Sceau
