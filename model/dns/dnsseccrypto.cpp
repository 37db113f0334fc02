#include "model/dns/dnsseccrypto.h"

#include "model/dns/ldnsrecord.h"

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
    switch (status) {
    case LDNS_STATUS_CRYPTO_SIG_EXPIRED:
        return QStringLiteral("signature expired");
    case LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED:
        return QStringLiteral("signature not yet valid");
    case LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY:
        return QStringLiteral("no DNSKEY matches the signature's key tag");
    case LDNS_STATUS_CRYPTO_BOGUS:
        return QStringLiteral("signature does not verify");
    default:
        return QString::fromLatin1(ldns_get_errorstr_by_id(status));
    }
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
            verdict.detail = QStringLiteral("unreadable RRSIG");
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
    if (nsecs.isEmpty())
        return false;
    Rr rr(ldns_rr_new());
    ldns_rdf *owner = ldns_dname_new_frm_str(qPrintable(name + u'.'));
    if (!owner)
        return false;
    ldns_rr_set_owner(rr.get(), owner);
    ldns_rr_set_type(rr.get(), ldns_rr_type(type));
    ldns_rr_set_class(rr.get(), LDNS_RR_CLASS_IN);
    const RrList nsecList = toLdns(nsecs);
    const RrList sigList = toLdns(sigs);
    return ldns_dnssec_verify_denial(rr.get(), nsecList.get(), sigList.get()) == LDNS_STATUS_OK;
}

bool nsecCoversName(const QString &name, const QList<ResourceRecord> &nsecs)
{
    ldns_rdf *parsed = ldns_dname_new_frm_str(qPrintable(name + u'.'));
    if (!parsed)
        return false;
    const std::unique_ptr<ldns_rdf, decltype(&ldns_rdf_deep_free)> dname(parsed,
                                                                         &ldns_rdf_deep_free);
    for (const ResourceRecord &nsec : nsecs) {
        const Rr rr = toLdns(nsec);
        if (rr && ldns_rr_get_type(rr.get()) == LDNS_RR_TYPE_NSEC
            && ldns_nsec_covers_name(rr.get(), dname.get()))
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
