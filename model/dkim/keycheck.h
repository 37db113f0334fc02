#pragma once

#include "model/core/finding.h"
#include "model/dkim/keyrecord.h"
#include "model/dns/lookupresult.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Dkim {

// What is published at <selector>._domainkey.<domain>, and what is wrong with it.
struct KeyCheckReport
{
    QString domain;
    QString selector;
    QString name; // the record name
    Dns::LookupStatus lookupStatus = Dns::LookupStatus::Timeout;
    Error lookupError;   // when Dns::isFailure(lookupStatus): why (status and detail)
    QStringList records; // every TXT value found (strings joined), escaped (Dns::escapeText)
    std::optional<KeyRecord> record;     // the DKIM key record, when one parsed
    int keyBits = 0;                     // 0 when no usable key
    std::optional<bool> matchesLocalKey; // set when a local key was given and a key is published
    QList<Finding> findings;             // stable ids, see dkimfindings.h

    bool canSign() const; // a usable, unrevoked key for email with SHA-256
};

// Analyses one lookup (RFC 6376 §3.6.1, RFC 8301, RFC 8463). localPublicKey is the p= value of
// a local private key (PrivateKey::publicKeyData()) to compare with what is published.
KeyCheckReport checkKeyLookup(const QString &domain,
                              const QString &selector,
                              const Dns::LookupResult &lookup,
                              const std::optional<QByteArray> &localPublicKey = std::nullopt);

// Looks the key up through resolver, then analyses it. The audit calls this once per selector.
// The future finishes on context's thread (and is canceled if context dies first).
QFuture<KeyCheckReport> checkPublishedKey(Dns::Resolver *resolver,
                                          QObject *context,
                                          const QString &domain,
                                          const QString &selector,
                                          const std::optional<QByteArray> &localPublicKey
                                          = std::nullopt);

} // namespace Dkim
} // namespace Sceau
