#pragma once

#include "model/dmarc/policy.h"

#include <QString>
#include <QStringList>

namespace Sceau {
namespace Dmarc {

// A DMARC record being written (the wizard's draft): RFC 9989 tags only — never pct=, rf= or
// ri=, which RFC 9989 removed.
struct Draft
{
    QString domain; // normalized
    EffectivePolicy policy;
    bool writeSubdomainPolicy = false;   // write sp= (else it follows p=)
    bool writeNonExistentPolicy = false; // write np= (else it follows sp=)
    QStringList rua;                     // addresses or mailto: URIs, as typed
    QStringList ruf;
    QStringList failureOptions; // fo= values (0, 1, d, s); empty: not written
};

// "mailto:" + address when the scheme is missing; the URI otherwise.
QString reportUri(const QString &address);

// The record text, tags in a fixed order: "v=DMARC1; p=…; sp=…; np=…; adkim=s; aspf=s; t=y;
// psd=…; rua=…; ruf=…; fo=…" — defaults left out. Never writes pct.
QString recordText(const Draft &draft);

// The zone line: _dmarc.<domain>. 3600 IN TXT "…" (strings of at most 255 bytes).
QString zoneLine(const Draft &draft);

// The authorisation zone lines external report hosts must publish (RFC 9990): for each host of
// rua/ruf outside the domain, "<domain>._report._dmarc.<host>. 3600 IN TXT \"v=DMARC1;\"".
QStringList authorisationLines(const Draft &draft);

} // namespace Dmarc
} // namespace Sceau
