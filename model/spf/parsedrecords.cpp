#include "model/spf/parsedrecords.h"

namespace Sceau::Spf {

Result<SpfRecord> ParsedRecords::parse(const QString &text)
{
    if (const auto known = m_records.constFind(text); known != m_records.constEnd())
        return *known;
    if (m_records.size() >= MaxRecords)
        m_records.clear();
    return *m_records.insert(text, SpfRecord::parse(text));
}

} // namespace Sceau::Spf
