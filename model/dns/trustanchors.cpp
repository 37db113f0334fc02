#include "model/dns/trustanchors.h"

#include "model/dns/failuretext.h"
#include "model/dns/ldnsrecord.h"
#include "model/dns/tr.h"

#include <QFile>

#include <memory>

namespace Sceau::Dns {

bool isAtOrBelow(const QString &name, const QString &zone)
{
    if (zone.isEmpty())
        return true; // the root
    return name == zone || name.endsWith(u'.' + zone);
}

std::optional<QString> TrustAnchors::coveringZone(const QString &name) const
{
    std::optional<QString> best;
    for (const ResourceRecord &record : records) {
        if (isAtOrBelow(name, record.owner) && (!best || record.owner.size() > best->size()))
            best = record.owner;
    }
    return best;
}

QList<ResourceRecord> TrustAnchors::recordsOf(const QString &zone) const
{
    QList<ResourceRecord> result;
    for (const ResourceRecord &record : records) {
        if (record.owner == zone)
            result << record;
    }
    return result;
}

namespace {
struct RrFree
{
    void operator()(ldns_rr *rr) const { ldns_rr_free(rr); }
};

// Joins the lines of a master file into one entry per record: comments dropped, the lines
// inside parentheses joined (RFC 1035 §5.1). Each entry carries the line it started on.
QList<std::pair<int, QByteArray>> entriesOf(const QByteArray &text)
{
    QList<std::pair<int, QByteArray>> entries;
    QByteArray current;
    int depth = 0;
    int startLine = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        bool quoted = false;
        for (qsizetype k = 0; k < line.size(); ++k) {
            const char c = line.at(k);
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ';') {
                line.truncate(k);
                break;
            } else if (!quoted && c == '(')
                ++depth, line[k] = ' ';
            else if (!quoted && c == ')')
                depth = qMax(0, depth - 1), line[k] = ' ';
        }
        if (current.isEmpty())
            startLine = i + 1;
        current += ' ' + line.trimmed();
        if (depth == 0) {
            if (!current.trimmed().isEmpty())
                entries << std::pair{startLine, current.trimmed()};
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        entries << std::pair{startLine, current.trimmed()};
    return entries;
}
} // namespace

Result<TrustAnchors> parseTrustAnchors(const QByteArray &text, const QString &origin)
{
    TrustAnchors anchors;
    anchors.file = origin;
    for (const auto &[line, entry] : entriesOf(text)) {
        if (entry.startsWith('$'))
            continue; // $TTL, $ORIGIN: the anchors are written with absolute names
        ldns_rr *parsed = nullptr;
        const ldns_status status
            = ldns_rr_new_frm_str(&parsed, entry.constData(), 3600, nullptr, nullptr);
        std::unique_ptr<ldns_rr, RrFree> rr(parsed);
        if (status != LDNS_STATUS_OK || !rr) {
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("%1, line %2: not a DS or DNSKEY record (%3)")
                             .arg(origin)
                             .arg(line)
                             .arg(ldnsStatusText(status))};
        }
        const ldns_rr_type type = ldns_rr_get_type(rr.get());
        if (type != LDNS_RR_TYPE_DS && type != LDNS_RR_TYPE_DNSKEY) {
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("%1, line %2: a trust anchor is a DS or DNSKEY record")
                             .arg(origin)
                             .arg(line)};
        }
        if (anchors.records.size() == MaxTrustAnchors) {
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("%1: more than %2 trust anchors").arg(origin).arg(MaxTrustAnchors)};
        }
        anchors.records << Ldns::toResourceRecord(rr.get());
    }
    if (anchors.records.isEmpty())
        return Error{ErrorCode::InvalidInput, Tr::tr("%1: no DS or DNSKEY record").arg(origin)};
    return anchors;
}

Result<TrustAnchors> loadTrustAnchors(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("cannot read %1: %2").arg(file, input.errorString())};
    if (input.size() > MaxTrustAnchorFileBytes)
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("%1: larger than %2 bytes").arg(file).arg(MaxTrustAnchorFileBytes)};
    return parseTrustAnchors(input.read(MaxTrustAnchorFileBytes), file);
}

} // namespace Sceau::Dns
