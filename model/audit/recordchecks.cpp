#include "model/audit/recordchecks.h"

#include "model/dns/lookupfinding.h"

#include "model/dns/textescape.h"

namespace Sceau::Audit::Checks {

using Dns::LookupResult;
using Dns::LookupStatus;
using Dns::RrType;

namespace {
// A version tag followed by a space or the end, or by ";" (RFC 7489 §6.4).
bool startsWithVersion(const QByteArray &txt, const QByteArray &version, bool semicolonEnds)
{
    const QByteArray trimmed = txt.trimmed();
    if (!trimmed.toLower().startsWith(version.toLower()))
        return false;
    if (trimmed.size() == version.size())
        return true;
    const char next = trimmed.at(version.size());
    return next == ' ' || (semicolonEnds && (next == ';' || next == '\t'));
}

QStringList txtValues(const LookupResult &lookup, bool (*accept)(const QByteArray &))
{
    QStringList values;
    for (const Dns::ResourceRecord &record : lookup.records) {
        const QByteArray joined = record.txtJoined();
        if (accept(joined))
            values << Dns::escapeText(joined); // records keep their bytes; people see them escaped
    }
    return values;
}
} // namespace

bool isDmarcRecord(const QByteArray &txt)
{
    // RFC 7489 §6.4: "v=DMARC1" must come first; whitespace around "=" is allowed (§6.4 ABNF).
    QByteArray compact = txt.trimmed();
    compact.replace(' ', "").replace('\t', "");
    return startsWithVersion(compact, "v=DMARC1", true);
}

Finding lookupFailed(const LookupResult &lookup)
{
    return Dns::lookupFailedFinding(lookup);
}

QList<Finding> spf(const Spf::Publication &publication, QStringList *records)
{
    const LookupResult &txt = publication.txt;
    if (publication.state == Spf::Publication::State::LookupFailed)
        return {lookupFailed(txt)};
    records->clear();
    for (const QString &record : publication.records)
        *records << Dns::escapeLatin1Text(
            record); // records keep their bytes; people see them escaped
    if (records->isEmpty())
        return {{QStringLiteral("spf.missing"),
                 Severity::Error,
                 {txt.name},
                 QStringLiteral("RFC 7208 §4.5")}};
    if (records->size() > 1)
        return {{QStringLiteral("spf.multiple-records"),
                 Severity::Error,
                 {txt.name, QString::number(records->size())},
                 QStringLiteral("RFC 7208 §4.5")}};
    return {{QStringLiteral("spf.present"),
             Severity::Ok,
             {txt.name, records->first()},
             QStringLiteral("RFC 7208 §4.5")}};
}

QList<Finding> dmarc(const LookupResult &txt, QStringList *records)
{
    if (txt.failed())
        return {lookupFailed(txt)};
    *records = txtValues(txt, &isDmarcRecord);
    if (records->isEmpty())
        return {{QStringLiteral("dmarc.missing"),
                 Severity::Error,
                 {txt.name},
                 QStringLiteral("RFC 7489 §6.6.3")}};
    if (records->size() > 1)
        return {{QStringLiteral("dmarc.multiple-records"),
                 Severity::Error,
                 {txt.name, QString::number(records->size())},
                 QStringLiteral("RFC 7489 §6.6.3")}};
    return {{QStringLiteral("dmarc.present"),
             Severity::Ok,
             {txt.name, records->first()},
             QStringLiteral("RFC 7489 §6.6.3")}};
}

} // namespace Sceau::Audit::Checks
