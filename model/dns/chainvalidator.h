#pragma once

#include "model/dns/dnssecresolver.h"
#include "model/dns/trustanchors.h"

#include <QHash>
#include <QObject>

namespace Sceau {
namespace Dns {

// DNSSEC validation by Sceau itself, from configured trust anchors (RFC 4035 §5): the answer,
// its RRSIGs and every DNSKEY and DS from the anchor's zone down to the name are fetched from
// the configured resolvers with DO=1 and CD=1 (so a validating resolver hands over even data
// it finds bogus), on the event loop; ldns does the cryptography (dnsseccrypto.h).
//  - Secure: every RRset of the answer (CNAMEs included) verifies with keys chained to an
//    anchor, or NSEC records so chained prove the NODATA/NXDOMAIN (RFC 4035 §5.4);
//  - Insecure: no anchor covers the name, or a delegation between the anchor and the name is
//    proven unsigned (an NSEC at it without DS, RFC 4035 §5.2);
//  - Bogus: a signature fails or has expired, no key matches the anchor or the DS, signed data
//    lacks signatures, a denial does not prove what it says; the result's lookup is then a
//    ServerFailure saying why, and unchecked holds the records (shown, never trusted);
//  - CouldNotCheck: a lookup of the answer or of the chain failed (its lookup says which), the
//    chain is deeper than MaxChainDepth, or the denial uses NSEC3 (not checked by Sceau).
// Keys validated once are reused for the validator's lifetime.
class ChainValidator final : public QObject
{
    Q_OBJECT
public:
    // Zones between the anchor and the name (DS/DNSKEY steps), and lookups per question.
    static constexpr int MaxChainDepth = 8;

    ChainValidator(const ResolverSettings &settings,
                   TrustAnchors anchors,
                   QObject *parent = nullptr);

    // (name, type), CNAMEs followed, validated. The future always finishes.
    QFuture<DnssecLookup> lookup(const QString &name, RrType type);

    // Signatures are judged at this time (seconds since 1970) instead of now: tests of expiry.
    void setValidationTime(qint64 secondsSinceEpoch) { m_at = secondsSinceEpoch; }

    struct Verdict
    {
        DnssecStatus status = DnssecStatus::CouldNotCheck;
        QString detail;                               // why, for Bogus and CouldNotCheck
        LookupStatus failure = LookupStatus::Timeout; // CouldNotCheck: the failed lookup's
    };
    struct ZoneKeys
    {
        Verdict verdict;
        QList<ResourceRecord> keys; // the zone's DNSKEY RRset, when verdict is Secure
    };

private:
    QFuture<Verdict> verifySigned(const QList<ResourceRecord> &rrset,
                                  const QList<ResourceRecord> &sigs,
                                  const QString &owner,
                                  bool signerStrictlyAbove,
                                  int depth);
    // wildcard >= 0: name is an answer synthesized from a wildcard of that many labels: prove
    // only that name does not exist, not the NODATA or NXDOMAIN of result.
    QFuture<Verdict>
    verifyDenial(const LookupResult &result, const QString &name, int depth, int wildcard = -1);
    QFuture<Verdict> findUnsignedCut(const QString &name, int depth);
    QFuture<ZoneKeys> keysOf(const QString &zone, int depth);
    qint64 now() const;

    LiveResolver *m_resolver = nullptr; // DO=1, CD=1
    TrustAnchors m_anchors;
    QHash<QString, QFuture<ZoneKeys>> m_keys;
    qint64 m_at = 0; // 0: the current time
};

} // namespace Dns
} // namespace Sceau
