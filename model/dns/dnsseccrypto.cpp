#include "model/dns/dnsseccrypto.h"

#include "model/dns/failuretext.h"
#include "model/dns/ldnsrecord.h"
#include "model/dns/tr.h"

#include <memory>

namespace Sceau::Dns::DnssecCrypto {

namespace {
struct RrFree
{
    void operator()(ldns_rr *rr) const { ldns_rr_free(rr); }
};
struct ListFree // the list and its records
{
    void operator()(ldns_rr_list *list) const { ldns_rr_list_deep_free(list); }
};
struct ShallowListFree // the list only: its records belong to another list
{
    void operator()(ldns_rr_list *list) const { ldns_rr_list_free(list); }
};
using Rr = std::unique_ptr<ldns_rr, RrFree>;
using RrList = std::unique_ptr<ldns_rr_list, ListFree>;

// The record in ldns form, from its master-file text (nullptr when ldns rejects it).
Rr toLdns(const ResourceRecord &record)
{
    ldns_rr *rr = nullptr;
    const QByteArray text = record.toText().toUtf8();
    if (ldns_rr_new_frm_str(&rr, text.constData(), record.ttl, nullptr, nullptr) != LDNS_STATUS_OK)
        return nullptr;
    return Rr(rr);
}

RrList toLdns(const QList<ResourceRecord> &records)
{
    RrList list(ldns_rr_list_new());
    for (const ResourceRecord &record : records) {
        if (Rr rr = toLdns(record))
            ldns_rr_list_push_rr(list.get(), rr.release());
    }
    return list;
}

QString reason(ldns_status status)
{
    return ldnsStatusText(status);
}

struct RdfFree
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
using Rdf = std::unique_ptr<ldns_rdf, RdfFree>;

Rdf dname(const QString &name)
{
    return Rdf(ldns_dname_new_frm_str(qPrintable(name + u'.')));
}

// A question record: the owner and type a denial is about.
Rr question(const QString &name, RrType type)
{
    Rdf owner = dname(name);
    if (!owner)
        return nullptr;
    Rr rr(ldns_rr_new());
    ldns_rr_set_owner(rr.get(), owner.release());
    ldns_rr_set_type(rr.get(), ldns_rr_type(type));
    ldns_rr_set_class(rr.get(), LDNS_RR_CLASS_IN);
    return rr;
}

// The hash of name under nsec3's parameters, as an owner name in nsec3's zone.
Rdf hashedOwner(const ldns_rr *nsec3, const QString &name)
{
    const Rdf plain = dname(name);
    if (!plain)
        return nullptr;
    Rdf hashed(ldns_nsec3_hash_name_frm_nsec3(nsec3, plain.get()));
    const Rdf zone(ldns_dname_left_chop(ldns_rr_owner(nsec3)));
    if (!hashed || !zone || ldns_dname_cat(hashed.get(), zone.get()) != LDNS_STATUS_OK)
        return nullptr;
    return hashed;
}

bool bitmapHas(const ldns_rr *nsec3, RrType type)
{
    return ldns_nsec_bitmap_covers_type(ldns_nsec3_bitmap(nsec3), ldns_rr_type(type));
}

constexpr quint16 ZoneKeyFlag = 0x0100; // RFC 4034 §2.1.1

bool isZoneKey(const ResourceRecord &dnskey)
{
    return dnskey.type == RrType::DNSKEY && (dnskey.rdata.value(0).toUShort() & ZoneKeyFlag);
}

bool sameKey(const ResourceRecord &a, const ResourceRecord &b)
{
    return a.owner == b.owner && a.type == b.type && a.rdata == b.rdata;
}
} // namespace

Verdict verifyRrset(const QList<ResourceRecord> &rrset,
                    const QList<ResourceRecord> &sigs,
                    const QList<ResourceRecord> &keys,
                    qint64 at)
{
    if (rrset.isEmpty() || sigs.isEmpty())
        return {false, QStringLiteral("no signature")};
    if (keys.isEmpty())
        return {false, QStringLiteral("no key")};
    const RrList set = toLdns(rrset);
    const RrList keyList = toLdns(keys.mid(0, MaxKeysPerZone));
    if (ldns_rr_list_rr_count(set.get()) != size_t(rrset.size()))
        return {false, QStringLiteral("a record could not be read back")};
    Verdict verdict{false, QStringLiteral("no signature")};
    for (qsizetype i = 0; i < sigs.size() && i < MaxSignaturesTried; ++i) {
        const Rr sig = toLdns(sigs.at(i));
        if (!sig) {
            verdict.detail = Tr::tr("the signature (RRSIG) cannot be read");
            continue;
        }
        std::unique_ptr<ldns_rr_list, ShallowListFree> good(ldns_rr_list_new());
        const ldns_status status = ldns_verify_rrsig_keylist_time(
            set.get(), sig.get(), keyList.get(), time_t(at), good.get());
        if (status == LDNS_STATUS_OK)
            return {true, {}};
        verdict.detail = reason(status);
    }
    return verdict;
}

QList<ResourceRecord> designatedKeys(const QList<ResourceRecord> &dnskeys,
                                     const QList<ResourceRecord> &references)
{
    QList<ResourceRecord> designated;
    for (const ResourceRecord &key : dnskeys.mid(0, MaxKeysPerZone)) {
        if (!isZoneKey(key))
            continue;
        const Rr keyRr = toLdns(key);
        if (!keyRr)
            continue;
        for (const ResourceRecord &reference : references) {
            if (reference.owner != key.owner)
                continue;
            bool match = false;
            if (reference.type == RrType::DNSKEY) {
                match = sameKey(reference, key);
            } else if (reference.type == RrType::DS) {
                const Rr ds = toLdns(reference);
                match = ds && ldns_rr_compare_ds(ds.get(), keyRr.get());
            }
            if (match) {
                designated << key;
                break;
            }
        }
    }
    return designated;
}

bool nsecDenies(const QString &name,
                RrType type,
                const QList<ResourceRecord> &nsecs,
                const QList<ResourceRecord> &sigs)
{
    const Rr rr = question(name, type);
    if (nsecs.isEmpty() || !rr)
        return false;
    const RrList nsecList = toLdns(nsecs);
    const RrList sigList = toLdns(sigs);
    return ldns_dnssec_verify_denial(rr.get(), nsecList.get(), sigList.get()) == LDNS_STATUS_OK;
}

bool nsecCoversName(const QString &name, const QList<ResourceRecord> &nsecs)
{
    const Rdf parsed = dname(name);
    if (!parsed)
        return false;
    for (const ResourceRecord &nsec : nsecs) {
        const Rr rr = toLdns(nsec);
        if (rr && ldns_rr_get_type(rr.get()) == LDNS_RR_TYPE_NSEC
            && ldns_nsec_covers_name(rr.get(), parsed.get()))
            return true;
    }
    return false;
}

bool provesUnsignedDelegation(const ResourceRecord &nsec)
{
    if (nsec.type != RrType::NSEC)
        return false;
    // ldns gives the type bitmap as one field, "A NS RRSIG NSEC"
    const QStringList types = nsec.rdata.mid(1).join(u' ').split(u' ', Qt::SkipEmptyParts);
    return types.contains(QStringLiteral("NS")) && !types.contains(QStringLiteral("DS"))
           && !types.contains(QStringLiteral("SOA"));
}

int nsec3Iterations(const ResourceRecord &nsec3)
{
    bool ok = false;
    const int iterations = nsec3.rdata.value(2).toInt(&ok);
    return nsec3.type == Nsec3 && ok ? iterations : -1;
}

QList<ResourceRecord> usableNsec3(const QList<ResourceRecord> &nsec3s)
{
    constexpr quint8 Sha1 = 1;     // RFC 5155 §11: the only hash algorithm
    constexpr quint8 OptOut = 0x1; // §3.1.2.1; a record with other flags is ignored (§8.2)
    QList<ResourceRecord> usable;
    for (const ResourceRecord &record : nsec3s) {
        if (usable.size() == MaxNsec3Records)
            break;
        const Rr rr = toLdns(record);
        if (!rr || ldns_rr_get_type(rr.get()) != LDNS_RR_TYPE_NSEC3
            || ldns_nsec3_algorithm(rr.get()) != Sha1 || (ldns_nsec3_flags(rr.get()) & ~OptOut)
            || ldns_nsec3_iterations(rr.get()) > MaxNsec3Iterations)
            continue;
        // iterations and salt: fields 2 and 3 of the presentation form
        if (!usable.isEmpty() && record.rdata.mid(2, 2) != usable.first().rdata.mid(2, 2))
            continue;
        usable << record;
    }
    return usable;
}

namespace {
// The NSEC3 of list whose owner is the hash of name (RFC 5155 §8.3 "matches"), or nullptr.
const ldns_rr *matchingNsec3(const ldns_rr_list *list, const QString &name)
{
    const Rdf hashed = hashedOwner(ldns_rr_list_rr(list, 0), name);
    for (size_t i = 0; hashed && i < ldns_rr_list_rr_count(list); ++i)
        if (ldns_dname_compare(hashed.get(), ldns_rr_owner(ldns_rr_list_rr(list, i))) == 0)
            return ldns_rr_list_rr(list, i);
    return nullptr;
}

// The NSEC3 of list that covers the hash of name (lies strictly between owner and next), or
// nullptr.
const ldns_rr *coveringNsec3(const ldns_rr_list *list, const QString &name)
{
    const Rdf hashed = hashedOwner(ldns_rr_list_rr(list, 0), name);
    for (size_t i = 0; hashed && i < ldns_rr_list_rr_count(list); ++i)
        if (ldns_nsec_covers_name(ldns_rr_list_rr(list, i), hashed.get()))
            return ldns_rr_list_rr(list, i);
    return nullptr;
}

// RFC 5155 §8.3: the closest encloser of name that list proves (an ancestor matched, the next
// closer name covered), by ldns; empty when there is no such proof.
QString closestEncloser(const ldns_rr_list *list, const QString &name)
{
    const Rdf qname = dname(name);
    if (!qname)
        return {};
    const Rdf encloser(ldns_dnssec_nsec3_closest_encloser(qname.get(), LDNS_RR_TYPE_A, list));
    if (!encloser)
        return {};
    char *text = ldns_rdf2str(encloser.get());
    QString result = QString::fromLatin1(text).toLower();
    free(text);
    if (result.endsWith(u'.'))
        result.chop(1);
    return result;
}

// The name one label longer than encloser on the way to name (RFC 5155 §1.3 "next closer").
QString nextCloser(const QString &name, const QString &encloser)
{
    const QStringList labels = name.split(u'.');
    const int keep = int(encloser.isEmpty() ? 0 : encloser.count(u'.') + 1) + 1;
    return labels.mid(std::max<qsizetype>(0, labels.size() - keep)).join(u'.');
}

// A matching NSEC3 denies type when its bitmap has neither type nor CNAME (RFC 5155 §8.5).
bool deniesType(const ldns_rr *nsec3, RrType type)
{
    return !bitmapHas(nsec3, type) && !bitmapHas(nsec3, RrType::CNAME);
}

} // namespace

bool nsec3Denies(const QString &name,
                 RrType type,
                 const QList<ResourceRecord> &nsec3s,
                 bool nxdomain)
{
    const Rr rr = question(name, type);
    const RrList list = toLdns(nsec3s);
    if (!rr || ldns_rr_list_rr_count(list.get()) == 0)
        return false;
    if (nxdomain) { // §8.4: closest encloser proof, the wildcard at it covered
        const RrList noSigs(ldns_rr_list_new()); // ldns does not read them
        return ldns_dnssec_verify_denial_nsec3(rr.get(),
                                               list.get(),
                                               noSigs.get(),
                                               LDNS_RCODE_NXDOMAIN,
                                               ldns_rr_type(type),
                                               false)
               == LDNS_STATUS_OK;
    }
    // NODATA (ldns' own check leaks on this path: done here with its primitives)
    if (const ldns_rr *match = matchingNsec3(list.get(), name))
        return deniesType(match, type); // §8.5, §8.6
    const QString encloser = closestEncloser(list.get(), name);
    if (encloser.isEmpty())
        return false;
    if (type == RrType::DS) { // §8.6: an Opt-Out span covers the next closer name
        const ldns_rr *span = coveringNsec3(list.get(), nextCloser(name, encloser));
        return span && ldns_nsec3_optout(span);
    }
    // §8.7: the wildcard at the closest encloser exists without the type
    const ldns_rr *wildcard = matchingNsec3(list.get(), QStringLiteral("*.") + encloser);
    return wildcard && deniesType(wildcard, type);
}

bool nsec3CoversName(const QString &name, const QList<ResourceRecord> &nsec3s)
{
    const RrList list = toLdns(nsec3s);
    return ldns_rr_list_rr_count(list.get()) > 0 && coveringNsec3(list.get(), name);
}

bool nsec3ProvesInsecureDelegation(const QString &name, const QList<ResourceRecord> &nsec3s)
{
    const RrList list = toLdns(nsec3s);
    if (ldns_rr_list_rr_count(list.get()) == 0)
        return false;
    if (const ldns_rr *match = matchingNsec3(list.get(), name))
        return bitmapHas(match, RrType::NS) && deniesType(match, RrType::DS)
               && !bitmapHas(match, RrType::SOA);
    const QString encloser = closestEncloser(list.get(), name);
    if (encloser.isEmpty())
        return false;
    const ldns_rr *span = coveringNsec3(list.get(), nextCloser(name, encloser));
    return span && ldns_nsec3_optout(span); // §6: an unsigned delegation may be there
}

QString signerOf(const ResourceRecord &rrsig)
{
    QString signer = rrsig.rdata.value(7).toLower();
    if (signer.endsWith(u'.'))
        signer.chop(1);
    return signer;
}

RrType coveredTypeOf(const ResourceRecord &rrsig)
{
    return typeFromName(rrsig.rdata.value(0)).value_or(RrType::ANY);
}

} // namespace Sceau::Dns::DnssecCrypto
