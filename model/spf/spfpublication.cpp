#include "model/spf/spfpublication.h"

#include "model/spf/parsedrecords.h"
#include "model/spf/spfrecordselection.h"

namespace Sceau::Spf {

QStringList spfRecordsIn(const Dns::LookupResult &txt)
{
    QStringList records;
    for (const Dns::ResourceRecord &record : txt.records) {
        const QString text = QString::fromLatin1(record.txtJoined());
        if (SpfRecord::isSpfRecord(text))
            records << text;
    }
    return records;
}

Publication
Publication::from(const QString &domain, const Dns::LookupResult &txt, ParsedRecords *parsed)
{
    Publication publication;
    publication.domain = normalizedDomain(domain);
    publication.txt = txt;
    // DESIGN.md §2: a failed lookup says nothing about the records.
    if (Dns::isFailure(txt.status)) {
        publication.state = State::LookupFailed;
        return publication;
    }
    publication.records = spfRecordsIn(txt);
    if (publication.records.isEmpty()) {
        publication.state = State::NoRecord;
        return publication;
    }
    if (publication.records.size() > 1) {
        publication.state = State::Several;
        return publication;
    }
    const QString &text = publication.records.first();
    if (parsed) {
        ParsedRecords::Parsed known = parsed->parse(text);
        publication.state = known.record ? State::Found : State::SyntaxError;
        if (known.record)
            publication.record = std::move(*known.record);
        publication.syntaxError = std::move(known.syntaxError);
        return publication;
    }
    const Result<SpfRecord> record = SpfRecord::parse(text);
    if (!record) {
        publication.state = State::SyntaxError;
        publication.syntaxError = SpfRecord::syntaxError(text);
        return publication;
    }
    publication.state = State::Found;
    publication.record = *record;
    return publication;
}

} // namespace Sceau::Spf
