#include "model/dmarc/dmarcrecord.h"

#include "model/core/domainname.h"
#include "model/core/tokentable.h"
#include "model/dmarc/dmarcfindings.h"
#include "model/dns/textescape.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cctype>

namespace Sceau::Dmarc {

namespace {

const QString Rfc = QStringLiteral("RFC 9989 §4.7");
const QString RfcAbnf = QStringLiteral("RFC 9989 §4.8");

constexpr TokenTable<Policy, 3> Policies{{{
    {Policy::None, "none"},
    {Policy::Quarantine, "quarantine"},
    {Policy::Reject, "reject"},
}}};
constexpr TokenTable<AlignmentMode, 2> Modes{{{
    {AlignmentMode::Relaxed, "r"},
    {AlignmentMode::Strict, "s"},
}}};
constexpr TokenTable<PsdFlag, 3> PsdFlags{{{
    {PsdFlag::Yes, "y"},
    {PsdFlag::No, "n"},
    {PsdFlag::Unknown, "u"},
}}};

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 6376 §3.2 (the tag-value syntax RFC 9989 §4.7 uses): tag-name = ALPHA *(ALPHA / DIGIT /
// "_"); tag-value characters are VALCHAR (%x21-3A / %x3C-7E) and inner whitespace.
bool isTagName(const QByteArray &name)
{
    if (name.isEmpty() || !std::isalpha(uchar(name.front())))
        return false;
    for (const char c : name) {
        if (!std::isalnum(uchar(c)) && c != '_')
            return false;
    }
    return true;
}

bool isTagValue(const QByteArray &value)
{
    for (const char c : value) {
        if (!isWsp(c) && (uchar(c) < 0x21 || uchar(c) > 0x7e || c == ';'))
            return false;
    }
    return true;
}

struct Parser
{
    Record &record;

    void add(const QString &id, Severity severity, QStringList args, const QString &rfc = Rfc)
    {
        record.findings << Finding{id, severity, std::move(args), rfc};
    }

    template<typename E, std::size_t N>
    std::optional<E> token(const TokenTable<E, N> &table, const Tag &tag, Severity severity)
    {
        const auto value = table.valueIgnoringCase(tag.value); // ABNF literals: any case
        if (!value)
            add(FindingId::InvalidValue,
                severity,
                {tag.name, tag.value, QString::number(tag.offset)},
                RfcAbnf);
        return value;
    }

    // rua=/ruf=: comma-separated DMARC URIs (RFC 9989 §4.7, §4.8). A "!size" suffix is
    // RFC 7489 syntax that RFC 9989 removed: reported, removed, the URI kept.
    QStringList uris(const Tag &tag)
    {
        static const QRegularExpression sizeSuffix(QStringLiteral("![0-9]+[kmgtKMGT]?$"));
        QStringList usable;
        const QStringList parts = tag.value.split(u',');
        if (parts.size() > MaxUris) {
            add(FindingId::TooManyUris,
                Severity::Error,
                {tag.name, QString::number(MaxUris), QString::number(tag.offset)});
        }
        for (QString uri : parts.mid(0, MaxUris)) {
            uri = uri.trimmed();
            const QStringList where = {tag.name, uri, QString::number(tag.offset)};
            const QRegularExpressionMatch size = sizeSuffix.match(uri);
            if (size.hasMatch()) {
                add(FindingId::SizeSuffix, Severity::Warning, where);
                uri.chop(size.capturedLength());
            }
            const QUrl url(uri, QUrl::StrictMode);
            if (uri.isEmpty() || !url.isValid() || url.scheme().isEmpty()) {
                add(FindingId::InvalidUri, Severity::Error, where, RfcAbnf);
            } else if (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0) {
                // RFC 9990 §3.5 and RFC 9991 define mailto: delivery only.
                add(FindingId::UnsupportedUri,
                    Severity::Warning,
                    where,
                    QStringLiteral("RFC 9990 §3.5"));
            } else if (reportHost(uri).isEmpty()) {
                add(FindingId::InvalidUri, Severity::Error, where, RfcAbnf);
            } else {
                usable << uri;
            }
        }
        return usable;
    }

    // fo=: one or more of 0, 1, d, s separated by ":" (RFC 9989 §4.7, RFC 9991).
    void failureOptions(const Tag &tag)
    {
        QStringList options;
        for (const QString &option : tag.value.split(u':')) {
            const QString o = option.trimmed().toLower();
            if (o != u"0" && o != u"1" && o != u"d" && o != u"s") {
                add(FindingId::InvalidValue,
                    Severity::Warning,
                    {tag.name, tag.value, QString::number(tag.offset)},
                    RfcAbnf);
                return; // invalid: the default stays (§4.8: syntax errors give the default)
            }
            options << o;
        }
        record.failureOptions = options;
    }

    void legacy(const Tag &tag)
    {
        // RFC 9989 Appendix C: pct, rf and ri are removed; RFC 7489 §6.3 readers still use them.
        add(FindingId::LegacyTag,
            Severity::Warning,
            {tag.name, tag.value, QString::number(tag.offset)},
            QStringLiteral("RFC 9989 Appendix C"));
    }

    std::optional<Policy> p = std::nullopt;
    std::optional<Policy> sp = std::nullopt;
    std::optional<Policy> np = std::nullopt;

    void apply(const Tag &tag)
    {
        const QString name = tag.name.toLower(); // tag names are ABNF literals: any case
        if (name == u"p")
            p = token(Policies, tag, Severity::Error);
        else if (name == u"sp")
            sp = token(Policies, tag, Severity::Warning);
        else if (name == u"np")
            np = token(Policies, tag, Severity::Warning);
        else if (name == u"adkim") {
            if (auto mode = token(Modes, tag, Severity::Warning))
                record.effective.dkimAlignment = *mode;
        } else if (name == u"aspf") {
            if (auto mode = token(Modes, tag, Severity::Warning))
                record.effective.spfAlignment = *mode;
        } else if (name == u"psd") {
            if (auto flag = token(PsdFlags, tag, Severity::Warning))
                record.effective.psd = *flag;
        } else if (name == u"t") {
            const QString t = tag.value.toLower();
            if (t == u"y" || t == u"n")
                record.effective.testMode = t == u"y";
            else
                add(FindingId::InvalidValue,
                    Severity::Warning,
                    {tag.name, tag.value, QString::number(tag.offset)},
                    RfcAbnf);
        } else if (name == u"rua")
            record.rua = uris(tag);
        else if (name == u"ruf")
            record.ruf = uris(tag);
        else if (name == u"fo")
            failureOptions(tag);
        else if (name == u"pct" || name == u"rf" || name == u"ri")
            legacy(tag);
        else if (name != u"v") // RFC 9989 §4.7: unknown tags are ignored (and shown)
            add(FindingId::UnknownTag, Severity::Info, {tag.name, QString::number(tag.offset)});
    }
};

} // namespace

QString policyToken(Policy policy)
{
    return Policies.token(policy);
}

const Tag *Record::tag(const QString &lowerName) const
{
    for (const Tag &t : tags) {
        if (t.name.toLower() == lowerName)
            return &t;
    }
    return nullptr;
}

bool isDmarcRecord(const QByteArray &txt)
{
    qsizetype at = 0;
    const auto skipWsp = [&] {
        while (at < txt.size() && isWsp(txt.at(at)))
            ++at;
    };
    skipWsp(); // leading whitespace: tolerated, as FWS before a tag (RFC 6376 §3.2)
    if (at >= txt.size() || (txt.at(at) != 'v' && txt.at(at) != 'V'))
        return false;
    ++at;
    skipWsp();
    if (at >= txt.size() || txt.at(at) != '=')
        return false;
    ++at;
    skipWsp();
    if (txt.mid(at, 6) != "DMARC1") // %s"DMARC1": case-sensitive
        return false;
    at += 6;
    return at == txt.size() || txt.at(at) == ';' || isWsp(txt.at(at));
}

QString reportHost(const QString &uri)
{
    if (!uri.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return {};
    const QString address = QUrl::fromPercentEncoding(uri.mid(7).toUtf8()).section(u'?', 0, 0);
    const qsizetype atSign = address.lastIndexOf(u'@');
    if (atSign <= 0)
        return {};
    const auto host = DomainName::fromUserInput(address.mid(atSign + 1));
    return host ? *host : QString();
}

Record parseRecord(const QByteArray &txt)
{
    Record record;
    record.raw = txt.left(MaxRecordLength);
    Parser parser{record};
    if (txt.size() > MaxRecordLength) {
        parser.add(FindingId::TooLong,
                   Severity::Error,
                   {QString::number(txt.size()), QString::number(MaxRecordLength)});
        return record;
    }
    record.isDmarc = isDmarcRecord(txt);
    if (!record.isDmarc) {
        parser.add(FindingId::NotARecord, Severity::Error, {Dns::escapeText(txt)});
        return record;
    }
    bool fatal = false;
    QSet<QString> seen;
    qsizetype start = 0;
    while (start <= txt.size()) {
        qsizetype end = txt.indexOf(';', start);
        if (end < 0)
            end = txt.size();
        const QByteArray spec = txt.mid(start, end - start);
        qsizetype lead = 0; // the tag's offset: after the whitespace before it
        while (lead < spec.size() && isWsp(spec.at(lead)))
            ++lead;
        const qsizetype offset = start + lead;
        if (!spec.trimmed().isEmpty()) { // an empty spec: a trailing or doubled ";"
            if (record.tags.size() >= MaxTags) {
                parser.add(FindingId::TooManyTags,
                           Severity::Error,
                           {QString::number(MaxTags), QString::number(offset)});
                fatal = true;
                break;
            }
            const qsizetype equals = spec.indexOf('=');
            const QByteArray name = equals < 0 ? spec.trimmed() : spec.left(equals).trimmed();
            const QByteArray value = equals < 0 ? QByteArray() : spec.mid(equals + 1).trimmed();
            if (equals < 0 || !isTagName(name) || !isTagValue(value)) {
                parser.add(FindingId::Syntax,
                           Severity::Error,
                           {Dns::escapeText(spec.trimmed()), QString::number(offset)},
                           RfcAbnf);
            } else {
                const Tag tag{QString::fromLatin1(name), QString::fromLatin1(value), int(offset)};
                record.tags << tag;
                const QString lower = tag.name.toLower();
                if (seen.contains(lower)) {
                    // RFC 6376 §3.2, the syntax RFC 9989 §4.7 adopts: a tag name occurring
                    // twice makes the entire tag-list invalid.
                    parser.add(FindingId::DuplicateTag,
                               Severity::Error,
                               {tag.name, QString::number(tag.offset)},
                               QStringLiteral("RFC 6376 §3.2"));
                    fatal = true;
                } else {
                    seen.insert(lower);
                    parser.apply(tag);
                }
            }
        }
        start = end + 1;
    }

    // RFC 9989 §4.10.1: without a valid p=, a record with a usable rua= is read as p=none;
    // without either, it is not a policy record and receivers ignore it.
    record.policyTagValid = parser.p.has_value();
    if (!parser.p) {
        if (record.rua.isEmpty()) {
            parser.add(FindingId::NoPolicyNoRua, Severity::Error, {});
            fatal = true;
        } else if (!record.tag(QStringLiteral("p"))) {
            parser.add(FindingId::NoPolicy, Severity::Warning, {});
        }
    }
    EffectivePolicy &effective = record.effective;
    effective.policy = parser.p.value_or(Policy::None);
    effective.subdomainPolicy = parser.sp.value_or(effective.policy);            // sp defaults to p
    effective.nonExistentPolicy = parser.np.value_or(effective.subdomainPolicy); // np to sp
    if (record.tag(QStringLiteral("fo")) && record.ruf.isEmpty())
        parser.add(FindingId::FoWithoutRuf,
                   Severity::Info,
                   {record.failureOptions.join(u':')},
                   QStringLiteral("RFC 9989 §4.7"));
    record.valid = !fatal;
    return record;
}

} // namespace Sceau::Dmarc
