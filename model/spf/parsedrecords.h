#pragma once

#include "model/core/result.h"
#include "model/spf/spfrecord.h"

#include <QHash>
#include <QString>
#include <optional>

namespace Sceau {
namespace Spf {

// Parsed records by their text, for one evaluator: a record met again (an include shared by
// many checks, a bulk evaluation) is parsed once, and so is an invalid one. Bounded: cleared
// when it grows too large.
class ParsedRecords
{
public:
    struct Parsed
    {
        Result<SpfRecord> record;               // SpfRecord::parse(text)
        std::optional<SyntaxError> syntaxError; // SpfRecord::syntaxError(text), when invalid
    };
    Parsed parse(const QString &text);

private:
    static constexpr qsizetype MaxRecords = 1024;
    QHash<QString, Parsed> m_records;
};

} // namespace Spf
} // namespace Sceau
