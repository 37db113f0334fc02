#pragma once

// Internal to model/dns: the cryptography of DNSSEC validation (RFC 4035 §5), done by ldns on
// Sceau's value types. No network: chainvalidator.h fetches the records and walks the chain.

#include "model/dns/resourcerecord.h"

#include <QList>
#include <QString>

namespace Sceau {
namespace Dns {
namespace DnssecCrypto {

// Signatures tried per RRset, and keys of a zone considered: a zone may not make Sceau do
// unbounded public-key work (RFC 9276-style limits, "KeyTrap", CVE-2023-50387).
inline constexpr int MaxSignaturesTried = 8;
inline constexpr int MaxKeysPerZone = 16;

struct Verdict
{
    bool valid = false;
    QString detail; // why not: "signature expired", "no key matches", ldns' reason
};

// Whether one of sigs (RRSIGs covering rrset) verifies rrset with one of keys (DNSKEYs) at
// time at (seconds since 1970): RFC 4035 §5.3 (validity period, key tag, algorithm, signer
// name = the keys' owner, labels), done by ldns_verify_rrsig_keylist_time.
Verdict verifyRrset(const QList<ResourceRecord> &rrset,
                    const QList<ResourceRecord> &sigs,
                    const QList<ResourceRecord> &keys,
                    qint64 at);

// The zone keys of dnskeys that one of the references designates (RFC 4035 §5.2): a DS whose
// digest is that of the key (ldns_rr_compare_ds), or the same DNSKEY (a trust anchor given as
// DNSKEY). Keys without the Zone Key flag (RFC 4034 §2.1.1) are never designated.
QList<ResourceRecord> designatedKeys(const QList<ResourceRecord> &dnskeys,
                                     const QList<ResourceRecord> &references);

// Whether the NSEC records prove that (name, type) does not exist: the name is covered, or the
// type is absent from the bitmap at name (RFC 4035 §5.4), by ldns_dnssec_verify_denial. The
// NSECs' own signatures are checked elsewhere (verifyRrset).
bool nsecDenies(const QString &name,
                RrType type,
                const QList<ResourceRecord> &nsecs,
                const QList<ResourceRecord> &sigs);

// Whether one of the NSEC records covers name (it lies strictly between the owner and the next
// name, RFC 4035 §5.4): name does not exist. What a wildcard-expanded answer needs (§5.3.4),
// where the wildcard itself exists.
bool nsecCoversName(const QString &name, const QList<ResourceRecord> &nsecs);

// Whether an NSEC owned by a delegation point proves it unsigned: NS in its bitmap, neither DS
// nor SOA (RFC 4035 §5.2: a proven absence of DS makes the child zone insecure).
bool provesUnsignedDelegation(const ResourceRecord &nsec);

// The signer name of an RRSIG (RFC 4034 §3.1.7), normalized; and the type it covers.
QString signerOf(const ResourceRecord &rrsig);
RrType coveredTypeOf(const ResourceRecord &rrsig);

} // namespace DnssecCrypto
} // namespace Dns
} // namespace Sceau
