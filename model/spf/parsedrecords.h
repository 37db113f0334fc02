#pragma once

#include "model/core/result.h"
#include "model/spf/spfrecord.h"

#include <QHash>
#include <QString>

namespace Sceau {
namespace Spf {

// Parsed records by their text, for one evaluator: a record met again (an include shared by
// many checks, a bulk evaluation) is parsed once. Bounded: cleared when it grows too large.
class ParsedRecords
{
public:
    Result<SpfRecord> parse(const QString &text);

private:
    static constexpr qsizetype MaxRecords = 1024;
    QHash<QString, Result<SpfRecord>> m_records;
};

} // namespace Spf
} // namespace Sceau
