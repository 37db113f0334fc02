#include "model/dns/zonefilereader.h"

#include "model/core/domainname.h"
#include "model/dns/failuretext.h"
#include "model/dns/ldnsrecord.h"
#include "model/dns/tr.h"

#include <cctype>
#include <cstdio>
#include <memory>

namespace Sceau::Dns::ZoneFileReader {

namespace {
struct RdfDeleter
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
struct RrDeleter
{
    void operator()(ldns_rr *rr) const { ldns_rr_free(rr); }
};
struct FileCloser
{
    void operator()(FILE *file) const { fclose(file); }
};
// What ldns carries from one record to the next: it replaces these as $ORIGIN lines and blank
// owners go by; they stay ours to free.
struct Carried
{
    ldns_rdf *origin = nullptr;
    ldns_rdf *previousOwner = nullptr;
    Carried() = default;
    Carried(const Carried &) = delete;
    Carried &operator=(const Carried &) = delete;
    ~Carried()
    {
        ldns_rdf_deep_free(origin);
        ldns_rdf_deep_free(previousOwner);
    }
};

// RFC 1035 §3.3: a <character-string> holds at most 255 octets.
constexpr int MaxCharacterString = 255;

// The longest quoted string of a record's text, in octets (an escape, \DDD or \X, is one).
int longestQuotedString(QByteArrayView text)
{
    int longest = 0;
    int length = -1; // -1: outside quotes
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (length < 0) {
            if (c == ';') { // a comment runs to the end of the line
                while (i < text.size() && text[i] != '\n')
                    ++i;
            } else if (c == '"') {
                length = 0;
            }
            continue;
        }
        if (c == '"') {
            longest = qMax(longest, length);
            length = -1;
            continue;
        }
        if (c == '\\') {
            const bool ddd = i + 3 < text.size() && std::isdigit(uchar(text[i + 1]))
                             && std::isdigit(uchar(text[i + 2]))
                             && std::isdigit(uchar(text[i + 3]));
            i += ddd ? 3 : 1;
        }
        ++length;
    }
    return qMax(longest, length);
}

// A plain sentence for why ldns could not read one record (ldns's own texts are terse and
// English only).
QString reason(ldns_status status, QByteArrayView recordText)
{
    if (longestQuotedString(recordText) > MaxCharacterString)
        return Tr::tr("split the value into strings of at most 255 characters (\"…\" \"…\")");
    switch (status) {
    case LDNS_STATUS_SYNTAX_INCLUDE:
    case LDNS_STATUS_SYNTAX_INCLUDE_ERR_NOTIMPL:
        return Tr::tr("$INCLUDE is not supported: give each file with its own --zone-file");
    case LDNS_STATUS_SYNTAX_TYPE_ERR:
        return Tr::tr("the record type is missing or unknown");
    case LDNS_STATUS_SYNTAX_CLASS_ERR:
        return Tr::tr("the class is unknown (use IN)");
    case LDNS_STATUS_SYNTAX_TTL_ERR:
        return Tr::tr("the TTL is not a number of seconds");
    case LDNS_STATUS_SYNTAX_DNAME_ERR:
    case LDNS_STATUS_EMPTY_LABEL:
    case LDNS_STATUS_DOMAINNAME_UNDERFLOW:
        return Tr::tr("a domain name is not valid");
    case LDNS_STATUS_LABEL_OVERFLOW:
    case LDNS_STATUS_DOMAINNAME_OVERFLOW:
        return Tr::tr("a domain name is too long (at most 63 characters per label, 255 in all)");
    case LDNS_STATUS_SYNTAX_MISSING_VALUE_ERR:
        return Tr::tr("a value is missing: the record ends too early for its type");
    case LDNS_STATUS_SYNTAX_SUPERFLUOUS_TEXT_ERR:
        return Tr::tr("there is more text than the record type takes");
    case LDNS_STATUS_SYNTAX_INTEGER_OVERFLOW:
    case LDNS_STATUS_DDD_OVERFLOW:
        return Tr::tr("a number is too large");
    case LDNS_STATUS_SYNTAX_BAD_ESCAPE:
        return Tr::tr("a backslash escape is not valid (use \\DDD with DDD at most 255)");
    case LDNS_STATUS_SYNTAX_RDATA_ERR:
    case LDNS_STATUS_INVALID_INT:
    case LDNS_STATUS_INVALID_IP4:
    case LDNS_STATUS_INVALID_IP6:
    case LDNS_STATUS_INVALID_STR:
    case LDNS_STATUS_INVALID_B64:
    case LDNS_STATUS_INVALID_HEX:
    case LDNS_STATUS_INVALID_TIME:
    case LDNS_STATUS_RDATA_OVERFLOW:
        return Tr::tr(
            "the record's data is not valid for its type (an address, a number, a name…)");
    case LDNS_STATUS_SYNTAX_ERR:
        return Tr::tr("this is not a record: expected owner, TTL, class, type and data");
    default:
        return ldnsStatusText(status);
    }
}

Error invalid(int line, const QString &why)
{
    //: %1 a line number in a zone file, %2 what is wrong there
    return Error{ErrorCode::ZoneFileInvalid, Tr::tr("line %1: %2").arg(line).arg(why)};
}
} // namespace

Result<Zone> read(const QByteArray &masterFileText, const QString &origin)
{
    if (masterFileText.size() > MaxBytes)
        return Error{ErrorCode::ZoneFileInvalid,
                     //: %1 a size in MiB
                     Tr::tr("the zone file is larger than %1 MiB: load only the zones you need")
                         .arg(MaxBytes / (1024 * 1024))};
    QByteArray text = masterFileText;
    if (!text.endsWith('\n'))
        text.append('\n');
    std::unique_ptr<FILE, FileCloser> stream(fmemopen(text.data(), size_t(text.size()), "r"));
    if (!stream)
        return Error{ErrorCode::Internal, QStringLiteral("fmemopen failed")};

    Carried carried;
    if (!origin.isEmpty()) {
        const auto normalized = DomainName::fromUserInput(origin);
        if (!normalized)
            return normalized.error();
        carried.origin = ldns_dname_new_frm_str((*normalized + u'.').toLatin1().constData());
        carried.previousOwner = carried.origin ? ldns_rdf_clone(carried.origin) : nullptr;
    }

    Zone zone;
    uint32_t defaultTtl = 3600;
    int line = 0;
    while (!feof(stream.get())) {
        const int firstLine = line + 1;
        const long start = ftell(stream.get());
        ldns_rr *parsed = nullptr;
        const ldns_status status = ldns_rr_new_frm_fp_l(
            &parsed, stream.get(), &defaultTtl, &carried.origin, &carried.previousOwner, &line);
        std::unique_ptr<ldns_rr, RrDeleter> rr(parsed);
        switch (status) {
        case LDNS_STATUS_OK:
            zone.records << Ldns::toResourceRecord(rr.get());
            if (zone.origin.isEmpty() && zone.records.last().type == RrType::SOA)
                zone.origin = zone.records.last().owner;
            break;
        case LDNS_STATUS_SYNTAX_EMPTY:
        case LDNS_STATUS_SYNTAX_TTL:
        case LDNS_STATUS_SYNTAX_ORIGIN:
            break;
        default: {
            const long end = ftell(stream.get());
            const QByteArrayView recordText = start >= 0 && end >= start
                                                  ? QByteArrayView(text).sliced(start, end - start)
                                                  : QByteArrayView();
            return invalid(firstLine, reason(status, recordText));
        }
        }
    }
    if (zone.origin.isEmpty() && !origin.isEmpty())
        zone.origin = DomainName::fromUserInput(origin).value();
    if (zone.origin.isEmpty())
        return Error{ErrorCode::ZoneFileInvalid,
                     Tr::tr("the zone has no SOA record and no origin was given")};
    return zone;
}

} // namespace Sceau::Dns::ZoneFileReader
