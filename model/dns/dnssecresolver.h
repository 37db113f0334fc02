#pragma once

#include "model/core/tokentable.h"
#include "model/dns/resolverfactory.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace Sceau {
namespace Dns {

// What DNSSEC says of one lookup's answer (RFC 4033 §5).
enum class DnssecStatus {
    Secure,        // validated: a chain of trust from an anchor (AD bit, RFC 4035 §3.2.3)
    Insecure,      // answered, not validated: no chain of trust covers the name
    Bogus,         // the validator rejected the data: the answer exists, its signatures fail
    CouldNotCheck, // the lookup failed, or nothing tells a bogus zone from a failure
};

// "secure", "insecure", "bogus", "could-not-check" (JSON), both ways.
inline constexpr TokenTable<DnssecStatus, 4> DnssecStatuses{{{
    {DnssecStatus::Secure, "secure"},
    {DnssecStatus::Insecure, "insecure"},
    {DnssecStatus::Bogus, "bogus"},
    {DnssecStatus::CouldNotCheck, "could-not-check"},
}}};

// How a status was established.
enum class DnssecMethod {
    // The AD bit of the configured (validating) resolver, asked with DO=1 (RFC 6840 §5.7-5.8);
    // after a SERVFAIL, asked again with CD=1 (RFC 4035 §3.2.2).
    ResolverAdBit,
    // Validated by Sceau from the trust anchors of ResolverSettings::trustAnchorFile: the
    // signatures and the DS/DNSKEY chain checked with ldns (chainvalidator.h, RFC 4035 §5).
    TrustAnchor,
};
inline constexpr TokenTable<DnssecMethod, 2> DnssecMethods{{{
    {DnssecMethod::ResolverAdBit, "resolver-ad-bit"},
    {DnssecMethod::TrustAnchor, "trust-anchor"},
}}};

// One lookup and its DNSSEC status.
struct DnssecLookup
{
    LookupResult lookup; // asked with DO=1; its records are the validated ones when Secure
    // After a SERVFAIL: the same question with CD=1. When it answers, the zone is bogus and
    // these are the records the validator rejected (shown, never trusted).
    std::optional<LookupResult> unchecked;
    DnssecStatus status = DnssecStatus::CouldNotCheck;
    DnssecMethod method = DnssecMethod::ResolverAdBit;
    QString trustAnchorFile = {}; // TrustAnchor: the file of the anchors

    // The records to show: lookup's, or unchecked's for a bogus answer.
    const LookupResult &shown() const
    {
        return unchecked && !unchecked->failed() ? *unchecked : lookup;
    }
};

// The one rule for the AD-bit method. validated: the lookup with DO=1; unchecked: the same
// with CD=1, asked only after validated was a SERVFAIL (nullptr otherwise).
//  - an answer, NODATA or NXDOMAIN with AD=1 (every answer of a CNAME chain): Secure;
//  - the same with AD=0: Insecure (RFC 4035 §3.2.3: a validating resolver sets AD only on
//    data it proved secure; this needs a resolver that validates);
//  - SERVFAIL and the CD=1 retry answered: Bogus (RFC 4035 §5.5: a validator returns SERVFAIL
//    for bogus data, and serves it under CD);
//  - any other failure, or both failed: CouldNotCheck (never insecure, never "no record").
DnssecStatus dnssecStatusOf(const LookupResult &validated, const LookupResult *unchecked);

class ChainValidator;

// Lookups whose DNSSEC status is wanted, put to the live resolvers of the settings (never the
// zone-file overlay, which has no signatures). Without a trust anchor file, those must
// validate (unbound, BIND, a public validating resolver): the AD-bit method. With
// settings.trustAnchorFile, Sceau validates from those anchors (ChainValidator, method
// TrustAnchor); an unreadable file makes every lookup CouldNotCheck, saying why. Offline,
// every lookup is CouldNotCheck (a NetworkError lookup).
class DnssecResolver final : public QObject
{
    Q_OBJECT
public:
    explicit DnssecResolver(const ResolverSettings &settings, QObject *parent = nullptr);

    // (name, type) with CNAMEs followed (cnamefollower.h), DO=1; after a SERVFAIL again with
    // CD=1. The future always finishes with a DnssecLookup, failures included.
    QFuture<DnssecLookup> lookup(const QString &name, RrType type);

private:
    ChainValidator *m_chain = nullptr; // with a trust anchor file
    QString m_anchorFile;
    QString m_anchorError;               // the file could not be used: why
    LiveResolver *m_validated = nullptr; // DO=1
    LiveResolver *m_unchecked = nullptr; // DO=1, CD=1
    bool m_offline = false;
};

} // namespace Dns
} // namespace Sceau
