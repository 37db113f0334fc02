#pragma once

#include "model/dkim/keycheck.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Dkim {

// Selectors that mail providers and MTAs use by default (DKIM has no way to list them).
QStringList commonSelectors();

// At most this many learned selectors are probed: reports come from strangers.
inline constexpr int MaxLearnedSelectors = 32;

// The selectors to probe at domain: commonSelectors(), then those of learned (seen signing for
// domain in DMARC aggregate reports, ReportStore::dkimSelectors) that are valid selectors there
// (validateSelector: RFC 6376 §3.1 syntax, the key record name within RFC 1035 limits),
// without duplicates and at most MaxLearnedSelectors of them, in learned's order.
QStringList selectorsToProbe(const QString &domain, const QStringList &learned);

struct DiscoveryResult
{
    QList<KeyCheckReport> found; // selectors with a key record (revoked ones included)
    QStringList failed;          // selectors whose lookup failed: unknown, not absent
};

// Probes every selector at once through the async resolver; the future finishes on context's
// thread when all lookups have answered.
QFuture<DiscoveryResult> discoverSelectors(Dns::Resolver *resolver,
                                           QObject *context,
                                           const QString &domain,
                                           const QStringList &selectors = commonSelectors());

// d=/s= pairs of the DKIM-Signature fields in a message or an mbox (several messages).
struct SignerSelector
{
    QString domain;
    QString selector;
    int count = 0; // signatures seen
    friend bool operator==(const SignerSelector &, const SignerSelector &) = default;
};
QList<SignerSelector> selectorsInMessages(const QByteArray &emlOrMbox);

} // namespace Dkim
} // namespace Sceau
