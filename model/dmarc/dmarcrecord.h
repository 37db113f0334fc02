#pragma once

#include "model/core/finding.h"
#include "model/dmarc/policy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Dmarc {

// Bounds on untrusted input (DESIGN.md §3): longer records and further tags are not parsed.
inline constexpr int MaxRecordLength = 4096; // bytes of one TXT value (its strings joined)
inline constexpr int MaxTags = 64;
inline constexpr int MaxUris = 32; // per rua= or ruf=

// One tag as written: its name (as written), value (whitespace around it trimmed), and the
// byte offset of the name in the record.
struct Tag
{
    QString name;
    QString value;
    int offset = 0;
};

// A DMARC record parsed by RFC 9989 §4.7 (tags) and §4.8 (formal definition), with the legacy
// RFC 7489 tags read and flagged. A value type: the raw text is kept even when it is invalid.
struct Record
{
    QByteArray raw;
    bool isDmarc = false;      // begins with v=DMARC1 (isDmarcRecord); otherwise not a DMARC record
    bool valid = false;        // a receiver would apply it (isDmarc, no fatal error)
    QList<Tag> tags;           // every tag in order, unknown and legacy ones included
    EffectivePolicy effective; // after defaults (meaningful when valid)
    bool policyTagValid = false; // p= present with a valid value
    QStringList rua;             // the usable report URIs (mailto:), "!size" suffix removed
    QStringList ruf;
    QStringList failureOptions = {QStringLiteral("0")}; // fo=, default "0"
    // Findings about the record itself; errors and warnings about one place of the text carry
    // its byte offset as their last argument (see dmarcfindings.h for each id's arguments).
    QList<Finding> findings;

    const Tag *tag(const QString &lowerName) const; // the first tag of that name, or nullptr
};

// RFC 9989 §4.7/§4.8: a DMARC record begins with the version tag: "v" (any case), optional
// whitespace, "=", optional whitespace, then exactly "DMARC1" (case-sensitive, %s"DMARC1"),
// followed by ";", whitespace or the end. Anything else is not a DMARC record and is discarded
// by receivers. The one rule every path (discovery, audit, parser) calls.
bool isDmarcRecord(const QByteArray &txt);

// The token of a policy: "none", "quarantine", "reject" (never translated).
QString policyToken(Policy policy);

// Parses one TXT value (strings joined). Never fails: problems are findings, with offsets.
Record parseRecord(const QByteArray &txt);

// The host part of a mailto: report URI ("mailto:d@rep.example" → "rep.example"), lower case;
// empty when it is not a mailto: URI with an address.
QString reportHost(const QString &uri);

} // namespace Dmarc
} // namespace Sceau
