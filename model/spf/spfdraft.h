#pragma once

#include "model/spf/spfterm.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Spf {

// A sending service whose SPF include is well known (the wizard's presets).
struct SenderPreset
{
    QString name;    // product name, never translated
    QString include; // the domain to include
};

QList<SenderPreset> senderPresets();

// A record being composed (the SPF wizard's draft), a value type: which senders are allowed
// and the policy for everyone else. Produces the record and its zone-file line.
struct SpfDraft
{
    QString domain;
    bool mx = false; // the domain's MX hosts send mail
    bool a = false;  // the domain's own address sends mail
    QStringList ip4; // "192.0.2.0/24", "198.51.100.7"
    QStringList ip6;
    QStringList includes;               // presets' and others' domains
    Qualifier policy = Qualifier::Fail; // -all, or ~all while senders are being checked

    // The invalid entries of ip4/ip6/includes (as typed), for the wizard to point at.
    QStringList invalidEntries() const;
    QString record() const;    // "v=spf1 mx ip4:… include:… -all"
    int directLookups() const; // DNS-querying terms of the record itself (§4.6.4)
    // The record cut into strings of at most 255 bytes (RFC 7208 §3.3), at spaces when possible.
    QStringList strings() const;
    // "domain. 3600 IN TXT "…" "…"": a master-file line (RFC 1035 §5.1) ready to publish.
    QString zoneLine(int ttl = 3600) const;

    friend bool operator==(const SpfDraft &, const SpfDraft &) = default;
};

// Splits text into pieces of at most maxBytes, cutting after a space when one is near.
QStringList splitIntoStrings(const QString &text, int maxBytes = 255);

} // namespace Spf
} // namespace Sceau
