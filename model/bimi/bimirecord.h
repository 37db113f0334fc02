#pragma once

#include "model/core/result.h"
#include "model/core/tokentable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Bimi {

// The avp= tag (avatar preference): brand = show the brand's indicator, personal = a
// personal avatar first. Unset when the tag is absent (receivers then take brand).
enum class AvatarPreference { Unset, Brand, Personal };

// "", "brand", "personal" (JSON), both ways.
inline constexpr TokenTable<AvatarPreference, 3> AvatarPreferences{{{
    {AvatarPreference::Unset, ""},
    {AvatarPreference::Brand, "brand"},
    {AvatarPreference::Personal, "personal"},
}}};

// A BIMI Assertion Record (draft-brand-indicators-for-message-identification, "Assertion
// Record Definition"): "v=BIMI1; l=<https URI>; a=<https URI>; avp=…; lps=…".
struct BimiRecord
{
    QString location;  // l=: the indicator (SVG) URL, https; empty: none
    QString authority; // a=: the evidence document (VMC/CMC PEM) URL, https; empty: none
    AvatarPreference avatarPreference = AvatarPreference::Unset; // avp=
    QStringList localPartSelectors;                              // lps=, as written
    QStringList unknownTags; // tags the draft does not define ("name=value"), ignored

    // l= and a= both empty: the domain declines to publish an indicator (the draft's
    // "declination to publish").
    bool declined() const { return location.isEmpty() && authority.isEmpty(); }
    bool operator==(const BimiRecord &other) const = default;
};

// A record is at most this long (untrusted input; a TXT RRset is small).
inline constexpr int MaxBimiRecordLength = 4096;
// At most this many lps= selectors, each at most 64 characters (a local-part's limit).
inline constexpr int MaxLocalPartSelectors = 32;

// Whether a TXT value is a BIMI record candidate: it begins with the v=BIMI1 tag (exact,
// case-sensitive, ended by ";", space or the end).
bool isBimiCandidate(const QByteArray &text);

// One TXT value (its strings joined) read as a BIMI Assertion Record: "v=BIMI1" first and
// exact, then ";"-separated tag=value pairs, each tag at most once; l= and a= empty or one
// https URI with a host; avp= brand or personal; lps= comma-separated local-parts; unknown
// tags kept in unknownTags. InvalidInput with a translated reason otherwise.
Result<BimiRecord> parseBimiRecord(const QByteArray &text);

// The record's text: "v=BIMI1; l=L; a=A;" (a= written even when empty, as the draft shows),
// then avp= and lps= when set.
QString bimiRecordText(const BimiRecord &record);

// "<selector>._bimi.<domain>. TTL IN TXT "…"": the record's master-file line (RFC 1035 §5.1),
// split into strings of at most 255 octets, quoted with Dns::quotedText's rule.
QString bimiZoneLine(const QString &selector,
                     const QString &domain,
                     const BimiRecord &record,
                     int ttl = 3600);

} // namespace Bimi
} // namespace Sceau
