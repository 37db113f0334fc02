#pragma once

// Internal to model/dns: the cryptography of DNSSEC validation (RFC 4035 §5), done by ldns on
// Sceau's value types. No network: chainvalidator.h fetches the records and walks the chain.

#include "model/dns/resourcerecord.h"

#include <QList>
#include <QString>

namespace Sceau {
namespace Dns {
namespace DnssecCrypto {

// NSEC3 (RFC 5155) is not in RrType: only DNSSEC validation reads it.
inline constexpr RrType Nsec3 = RrType(50);

// RFC 9276 §3.2: an NSEC3 chain hashed more times than this is treated as insecure, as BIND
// and unbound do (150); each name costs iterations + 1 SHA-1.
inline constexpr int MaxNsec3Iterations = 150;
// NSEC3 records of one response used in a proof: a closest-encloser proof needs three.
inline constexpr int MaxNsec3Records = 16;

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

// The NSEC3 records a proof may use (RFC 5155 §8.1, §8.2): hash algorithm 1 (SHA-1, the only
// one defined), flags with no bit but Opt-Out, at most MaxNsec3Iterations iterations (RFC 9276
// §3.2), the same parameters (iterations, salt) as the first such record; at most
// MaxNsec3Records of them. Empty when none is usable: the denial is then insecure. The other
// functions on NSEC3 take only usable records, so their hashing work is bounded.
QList<ResourceRecord> usableNsec3(const QList<ResourceRecord> &nsec3s);

// The Iterations field of an NSEC3 record (RFC 5155 §3.1.3); -1 when unreadable.
int nsec3Iterations(const ResourceRecord &nsec3);

// Whether usable NSEC3 records (usableNsec3) prove that (name, type) does not exist: with
// nxdomain, the closest encloser proof and the wildcard's absence (RFC 5155 §8.4); otherwise
// NODATA (§8.5), wildcard NODATA (§8.7), or for DS a matching NSEC3 without DS or an Opt-Out
// span (§8.6). Done by ldns_dnssec_verify_denial_nsec3; signatures are checked elsewhere.
bool nsec3Denies(const QString &name,
                 RrType type,
                 const QList<ResourceRecord> &nsec3s,
                 bool nxdomain);

// Whether one of usable NSEC3 records covers the hash of name (RFC 5155 §8.8: a wildcard answer
// needs the next closer name proven absent).
bool nsec3CoversName(const QString &name, const QList<ResourceRecord> &nsec3s);

// Whether usable NSEC3 records, answering a DS query for name with NODATA, prove the delegation
// at name insecure (RFC 5155 §8.6): the NSEC3 matching name has NS but neither DS nor SOA, or an
// Opt-Out NSEC3 covers it (RFC 5155 §6: an unsigned delegation may be there).
bool nsec3ProvesInsecureDelegation(const QString &name, const QList<ResourceRecord> &nsec3s);

// The signer name of an RRSIG (RFC 4034 §3.1.7), normalized; and the type it covers.
QString signerOf(const ResourceRecord &rrsig);
RrType coveredTypeOf(const ResourceRecord &rrsig);

} // namespace DnssecCrypto
} // namespace Dns
} // namespace Sceau
