#include "model/spf/parsedrecords.h"

namespace Sceau::Spf {

ParsedRecords::Parsed ParsedRecords::parse(const QString &text)
{
    if (const auto known = m_records.constFind(text); known != m_records.constEnd())
        return *known;
    if (m_records.size() >= MaxRecords)
        m_records.clear();
    Parsed parsed{SpfRecord::parse(text), std::nullopt};
    if (!parsed.record)
        parsed.syntaxError = SpfRecord::syntaxError(text);
    return *m_records.insert(text, std::move(parsed));
}

} // namespace Sceau::Spf
