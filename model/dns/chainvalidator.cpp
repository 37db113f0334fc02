#include "model/dns/chainvalidator.h"

#include "model/core/async.h"
#include "model/dns/dnsseccrypto.h"

#include <QDateTime>
#include <QPromise>

#include <algorithm>
#include <functional>
#include <memory>

namespace Sceau::Dns {

using Verdict = ChainValidator::Verdict;
using ZoneKeys = ChainValidator::ZoneKeys;

namespace {
// next(value) once future has a value, and its result as the returned future's (canceled when
// guard dies first).
template<typename R, typename T, typename F>
QFuture<R> andThen(const QFuture<T> &future, QObject *guard, F next)
{
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> result = promise->future();
    onResult(future, guard, [promise, guard, next](const T &value) {
        onResult(next(value), guard, [promise](const R &r) {
            promise->addResult(r);
            promise->finish();
        });
    });
    return result;
}

template<typename T> QFuture<T> ready(const T &value)
{
    return QtFuture::makeReadyFuture(value);
}

Verdict secure()
{
    return {DnssecStatus::Secure, {}, LookupStatus::Answer};
}
Verdict insecure(const QString &why)
{
    return {DnssecStatus::Insecure, why, LookupStatus::Answer};
}
Verdict bogus(const QString &why)
{
    return {DnssecStatus::Bogus, why, LookupStatus::ServerFailure};
}
Verdict couldNotCheck(const LookupResult &failed)
{
    return {DnssecStatus::CouldNotCheck,
            QStringLiteral("%1 %2: %3").arg(failed.name, typeName(failed.type), failed.detail),
            failed.status};
}
Verdict tooDeep()
{
    return {
        DnssecStatus::CouldNotCheck,
        QStringLiteral("chain of trust longer than %1 zones").arg(ChainValidator::MaxChainDepth),
        LookupStatus::ServerFailure};
}

// The verdict of several parts: bogus if one is, else could-not-check, else insecure.
Verdict worst(const QList<Verdict> &verdicts)
{
    for (const DnssecStatus status :
         {DnssecStatus::Bogus, DnssecStatus::CouldNotCheck, DnssecStatus::Insecure}) {
        for (const Verdict &verdict : verdicts) {
            if (verdict.status == status)
                return verdict;
        }
    }
    return secure();
}

QList<ResourceRecord>
rrsetOf(const QList<ResourceRecord> &section, const QString &owner, RrType type)
{
    QList<ResourceRecord> rrset;
    for (const ResourceRecord &record : section) {
        if (record.owner == owner && record.type == type)
            rrset << record;
    }
    return rrset;
}

QList<ResourceRecord>
sigsFor(const QList<ResourceRecord> &section, const QString &owner, RrType type)
{
    QList<ResourceRecord> sigs;
    for (const ResourceRecord &record : section) {
        if (record.owner == owner && record.type == RrType::RRSIG
            && DnssecCrypto::coveredTypeOf(record) == type)
            sigs << record;
    }
    return sigs;
}

// The RRsets of a section other than RRSIG: (owner, type) in the order first seen.
QList<std::pair<QString, RrType>> rrsetsIn(const QList<ResourceRecord> &section, RrType only)
{
    QList<std::pair<QString, RrType>> keys;
    for (const ResourceRecord &record : section) {
        const std::pair key{record.owner, record.type};
        if (record.type != RrType::RRSIG && (only == RrType::ANY || record.type == only)
            && !keys.contains(key))
            keys << key;
    }
    return keys;
}

QList<ResourceRecord> recordsOf(const QList<ResourceRecord> &section, RrType type)
{
    QList<ResourceRecord> records;
    for (const ResourceRecord &record : section)
        if (record.type == type)
            records << record;
    return records;
}

bool hasType(const QList<ResourceRecord> &section, RrType type)
{
    return std::any_of(section.cbegin(), section.cend(), [type](const ResourceRecord &record) {
        return record.type == type;
    });
}

using DnssecCrypto::Nsec3;

int labelCount(const QString &name)
{
    return name.isEmpty() ? 0 : int(name.count(u'.')) + 1;
}

// The labels of the wildcard an RRset was synthesized from (RFC 4035 §5.3.4), "*" not counted:
// the smallest Labels field (RFC 4034 §3.1.3) of its signatures when below the owner's label
// count; -1 when the RRset is not a wildcard expansion.
int wildcardLabels(const QString &owner, const QList<ResourceRecord> &sigs)
{
    int labels = labelCount(owner);
    if (owner.startsWith(QStringLiteral("*.")))
        --labels; // the wildcard's own name: "*" is not counted
    int smallest = -1;
    for (const ResourceRecord &sig : sigs) {
        const int field = sig.rdata.value(2).toInt();
        if (field < labels && (smallest < 0 || field < smallest))
            smallest = field;
    }
    return smallest;
}

// The last count labels of name ("b.example" of "a.b.example" for 2).
QString lastLabels(const QString &name, int count)
{
    return name.split(u'.').mid(std::max(0, labelCount(name) - count)).join(u'.');
}

// The name the answer's CNAME chain ends at (the name asked when there is none).
QString chainEnd(const LookupResult &result)
{
    QString current = result.name;
    for (int hop = 0; hop <= result.answerSection.size(); ++hop) {
        const QList<ResourceRecord> cname = rrsetOf(result.answerSection, current, RrType::CNAME);
        if (cname.isEmpty())
            break;
        QString target = cname.first().rdata.value(0).toLower();
        if (target.endsWith(u'.'))
            target.chop(1);
        current = target;
    }
    return current;
}

// name and its ancestors strictly below zone, the highest first.
QStringList namesBelow(const QString &zone, const QString &name)
{
    QStringList names;
    QString current = name;
    while (current != zone && !current.isEmpty()) {
        names.prepend(current);
        const qsizetype dot = current.indexOf(u'.');
        current = dot < 0 ? QString() : current.mid(dot + 1);
    }
    return names;
}

// What NSEC records whose signatures verified prove for (name, type): its NODATA or NXDOMAIN
// (RFC 4035 §5.4), or with wildcard >= 0 only that name does not exist (§5.3.4).
Verdict nsecProof(const QString &name,
                  RrType type,
                  const QList<ResourceRecord> &nsecs,
                  const QList<ResourceRecord> &sigs,
                  int wildcard)
{
    if (wildcard >= 0)
        return DnssecCrypto::nsecCoversName(name, nsecs)
                   ? secure()
                   : bogus(QStringLiteral("%1: wildcard answer without proof that the name does "
                                          "not exist")
                               .arg(name));
    if (!DnssecCrypto::nsecDenies(name, type, nsecs, sigs))
        return bogus(QStringLiteral("%1 %2: the NSEC records do not prove the denial")
                         .arg(name, typeName(type)));
    return secure();
}

// The same with NSEC3 records (RFC 5155 §8): a chain of unknown hash or too many iterations
// (RFC 9276 §3.2) is insecure; a wildcard answer needs the next closer name covered (§8.8).
Verdict nsec3Proof(const QString &name,
                   RrType type,
                   bool nxdomain,
                   const QList<ResourceRecord> &nsec3s,
                   int wildcard)
{
    const QList<ResourceRecord> usable = DnssecCrypto::usableNsec3(nsec3s);
    if (usable.isEmpty()) {
        const int iterations = DnssecCrypto::nsec3Iterations(nsec3s.first());
        if (iterations > DnssecCrypto::MaxNsec3Iterations)
            return insecure(QStringLiteral("%1: NSEC3 with %2 iterations (more than %3, RFC 9276)")
                                .arg(name, QString::number(iterations))
                                .arg(DnssecCrypto::MaxNsec3Iterations));
        return insecure(QStringLiteral("%1: no usable NSEC3 record (RFC 5155 §8.1)").arg(name));
    }
    if (wildcard >= 0)
        return DnssecCrypto::nsec3CoversName(lastLabels(name, wildcard + 1), usable)
                   ? secure()
                   : bogus(QStringLiteral("%1: wildcard answer without proof that the next "
                                          "closer name does not exist")
                               .arg(name));
    if (!DnssecCrypto::nsec3Denies(name, type, usable, nxdomain))
        return bogus(QStringLiteral("%1 %2: the NSEC3 records do not prove the denial")
                         .arg(name, typeName(type)));
    return secure();
}

ResolverConfig validatingConfig(const ResolverSettings &settings)
{
    ResolverConfig config;
    config.servers = settings.servers;
    config.timeoutMs = settings.timeoutMs;
    config.query.dnssecOk = true;
    config.query.checkingDisabled
        = true; // Sceau validates: the data, bogus or not (RFC 4035 §3.2.2)
    return config;
}
} // namespace

ChainValidator::ChainValidator(const ResolverSettings &settings,
                               TrustAnchors anchors,
                               QObject *parent)
    : QObject(parent)
    , m_resolver(new LiveResolver(validatingConfig(settings), this))
    , m_anchors(std::move(anchors))
{
}

qint64 ChainValidator::now() const
{
    return m_at ? m_at : QDateTime::currentSecsSinceEpoch();
}

QFuture<DnssecLookup> ChainValidator::lookup(const QString &name, RrType type)
{
    return andThen<DnssecLookup>(
        m_resolver->lookup(name, type), this, [this](const LookupResult &result) {
            DnssecLookup out;
            out.method = DnssecMethod::TrustAnchor;
            out.lookup = result;
            if (result.failed())
                return ready(out);
            QList<QFuture<Verdict>> parts;
            for (const auto &[owner, rrType] : rrsetsIn(result.answerSection, RrType::ANY)) {
                const QList<ResourceRecord> sigs = sigsFor(result.answerSection, owner, rrType);
                parts << verifySigned(
                    rrsetOf(result.answerSection, owner, rrType), sigs, owner, false, 0);
                if (const int labels = wildcardLabels(owner, sigs); labels >= 0) {
                    // RFC 4035 §5.3.4: a wildcard answer needs an NSEC proving that the name
                    // itself does not exist
                    parts << verifyDenial(result, owner, 0, labels);
                }
            }
            if (result.status != LookupStatus::Answer)
                parts << verifyDenial(result, chainEnd(result), 0);
            return andThen<DnssecLookup>(
                allResults(parts), this, [found = out](const QList<Verdict> &verdicts) {
                    DnssecLookup judged = found;
                    const Verdict verdict = worst(verdicts);
                    judged.status = verdict.status;
                    if (verdict.status == DnssecStatus::Bogus
                        || verdict.status == DnssecStatus::CouldNotCheck) {
                        // as the AD-bit method: the data is shown, never trusted
                        judged.unchecked = judged.lookup;
                        judged.lookup.status = verdict.failure;
                        judged.lookup.records.clear();
                        judged.lookup.detail = verdict.detail;
                    }
                    return ready(judged);
                });
        });
}

QFuture<Verdict> ChainValidator::verifySigned(const QList<ResourceRecord> &rrset,
                                              const QList<ResourceRecord> &sigs,
                                              const QString &owner,
                                              bool signerStrictlyAbove,
                                              int depth)
{
    const std::optional<QString> anchor = m_anchors.coveringZone(owner);
    if (!anchor)
        return ready(insecure(QStringLiteral("no trust anchor covers %1").arg(owner)));
    if (depth > MaxChainDepth)
        return ready(tooDeep());
    if (sigs.isEmpty()) {
        // unsigned: insecure only below a proven unsigned delegation (RFC 4035 §5.2)
        const qsizetype dot = owner.indexOf(u'.');
        const QString from
            = signerStrictlyAbove ? (dot < 0 ? QString() : owner.mid(dot + 1)) : owner;
        return findUnsignedCut(from, depth + 1);
    }
    // RFC 4035 §5.3.1: the signer is the zone holding the RRset: the owner or an ancestor, and
    // at or below the anchor (strictly above the owner for a DS, the parent's record).
    QString signer;
    QList<ResourceRecord> signerSigs;
    for (const ResourceRecord &sig : sigs) {
        const QString name = DnssecCrypto::signerOf(sig);
        if (!isAtOrBelow(owner, name) || !isAtOrBelow(name, *anchor)
            || (signerStrictlyAbove && name == owner))
            continue;
        if (signerSigs.isEmpty())
            signer = name;
        if (name == signer)
            signerSigs << sig;
    }
    const QString what = QStringLiteral("%1 %2").arg(owner, typeName(rrset.value(0).type));
    if (signerSigs.isEmpty())
        return ready(bogus(QStringLiteral("%1: signed by a zone outside its chain").arg(what)));
    return andThen<Verdict>(
        keysOf(signer, depth + 1), this, [this, rrset, signerSigs, what](const ZoneKeys &zone) {
            if (zone.verdict.status != DnssecStatus::Secure)
                return ready(zone.verdict);
            const DnssecCrypto::Verdict crypto
                = DnssecCrypto::verifyRrset(rrset, signerSigs, zone.keys, now());
            return ready(crypto.valid ? secure()
                                      : bogus(QStringLiteral("%1: %2").arg(what, crypto.detail)));
        });
}

QFuture<ZoneKeys> ChainValidator::keysOf(const QString &zone, int depth)
{
    if (depth > MaxChainDepth)
        return ready(ZoneKeys{tooDeep(), {}});
    if (const auto known = m_keys.constFind(zone); known != m_keys.cend())
        return *known;
    QFuture<ZoneKeys> keys = andThen<ZoneKeys>(
        m_resolver->lookup(zone, RrType::DNSKEY),
        this,
        [this, zone, depth](const LookupResult &result) {
            if (result.failed())
                return ready(ZoneKeys{couldNotCheck(result), {}});
            const QList<ResourceRecord> dnskeys
                = rrsetOf(result.answerSection, zone, RrType::DNSKEY);
            const QList<ResourceRecord> sigs = sigsFor(result.answerSection, zone, RrType::DNSKEY);
            if (dnskeys.isEmpty())
                return ready(ZoneKeys{bogus(QStringLiteral("%1: no DNSKEY").arg(zone)), {}});
            if (dnskeys.size() > DnssecCrypto::MaxKeysPerZone)
                return ready(ZoneKeys{{DnssecStatus::CouldNotCheck,
                                       QStringLiteral("%1: more than %2 DNSKEY records")
                                           .arg(zone)
                                           .arg(DnssecCrypto::MaxKeysPerZone),
                                       LookupStatus::ServerFailure},
                                      {}});
            // RFC 4035 §5.2: a key the anchor or the parent's DS designates signs the DNSKEY set
            const auto trust = [this, zone, dnskeys, sigs](const QList<ResourceRecord> &refs) {
                const QList<ResourceRecord> trusted = DnssecCrypto::designatedKeys(dnskeys, refs);
                if (trusted.isEmpty())
                    return ZoneKeys{
                        bogus(QStringLiteral("%1: no DNSKEY matches its DS or trust anchor")
                                  .arg(zone)),
                        {}};
                const DnssecCrypto::Verdict crypto
                    = DnssecCrypto::verifyRrset(dnskeys, sigs, trusted, now());
                if (!crypto.valid)
                    return ZoneKeys{bogus(QStringLiteral("%1 DNSKEY: %2").arg(zone, crypto.detail)),
                                    {}};
                return ZoneKeys{secure(), dnskeys};
            };
            if (const QList<ResourceRecord> anchored = m_anchors.recordsOf(zone);
                !anchored.isEmpty())
                return ready(trust(anchored));
            return andThen<ZoneKeys>(
                m_resolver->lookup(zone, RrType::DS),
                this,
                [this, zone, depth, trust](const LookupResult &ds) {
                    if (ds.failed())
                        return ready(ZoneKeys{couldNotCheck(ds), {}});
                    const QList<ResourceRecord> dsSet = rrsetOf(ds.answerSection, zone, RrType::DS);
                    if (dsSet.isEmpty()) {
                        // no DS: the zone's signatures count only if the parent proves
                        // the delegation unsigned (then the data is insecure)
                        return andThen<ZoneKeys>(
                            findUnsignedCut(zone, depth + 1), this, [](const Verdict &verdict) {
                                return ready(ZoneKeys{verdict, {}});
                            });
                    }
                    return andThen<ZoneKeys>(
                        verifySigned(dsSet,
                                     sigsFor(ds.answerSection, zone, RrType::DS),
                                     zone,
                                     true,
                                     depth + 1),
                        this,
                        [trust, dsSet](const Verdict &verdict) {
                            if (verdict.status != DnssecStatus::Secure)
                                return ready(ZoneKeys{verdict, {}});
                            return ready(trust(dsSet));
                        });
                });
        });
    m_keys.insert(zone, keys);
    return keys;
}

QFuture<Verdict> ChainValidator::verifyDenial(const LookupResult &result,
                                              const QString &name,
                                              int depth,
                                              int wildcard)
{
    if (!m_anchors.coveringZone(name))
        return ready(insecure(QStringLiteral("no trust anchor covers %1").arg(name)));
    const QList<ResourceRecord> &authority = result.authoritySection;
    QList<ResourceRecord> nsecs;
    QList<ResourceRecord> nsec3s;
    for (const ResourceRecord &record : authority) {
        if (record.type == RrType::NSEC)
            nsecs << record;
        else if (record.type == Nsec3)
            nsec3s << record;
    }
    // A zone proves denial with NSEC or with NSEC3 (RFC 5155 §8): NSEC when both are sent.
    const RrType proofType = nsecs.isEmpty() ? Nsec3 : RrType::NSEC;
    if (nsecs.isEmpty() && nsec3s.isEmpty())
        return findUnsignedCut(name, depth + 1); // no proof: insecure only below an unsigned cut
    QList<QFuture<Verdict>> parts;
    for (const auto &[owner, type] : rrsetsIn(authority, proofType))
        parts << verifySigned(rrsetOf(authority, owner, type),
                              sigsFor(authority, owner, type),
                              owner,
                              false,
                              depth + 1);
    const RrType type = result.type;
    const bool nxdomain = result.status == LookupStatus::NxDomain;
    QList<ResourceRecord> sigs;
    for (const ResourceRecord &record : authority)
        if (record.type == RrType::RRSIG)
            sigs << record;
    return andThen<Verdict>(
        allResults(parts),
        this,
        [name, type, nxdomain, nsecs, nsec3s, sigs, wildcard](const QList<Verdict> &verdicts) {
            const Verdict chain = worst(verdicts);
            if (chain.status != DnssecStatus::Secure)
                return ready(chain);
            if (!nsecs.isEmpty())
                return ready(nsecProof(name, type, nsecs, sigs, wildcard));
            return ready(nsec3Proof(name, type, nxdomain, nsec3s, wildcard));
        });
}

QFuture<Verdict> ChainValidator::findUnsignedCut(const QString &name, int depth)
{
    const std::optional<QString> anchor = m_anchors.coveringZone(name);
    if (!anchor)
        return ready(insecure(QStringLiteral("no trust anchor covers %1").arg(name)));
    const QStringList names = namesBelow(*anchor, name);
    if (depth + names.size() > MaxChainDepth)
        return ready(tooDeep());
    // Top-down from the anchor: the DS of each name on the way (RFC 4035 §5.2). A signed DS
    // continues the chain; a proven absence of DS at a delegation (NSEC with NS, without DS and
    // SOA) makes everything below insecure; reaching the name without one: unsigned data in a
    // signed zone, bogus.
    auto promise = std::make_shared<QPromise<Verdict>>();
    promise->start();
    QFuture<Verdict> future = promise->future();
    auto done = [promise](const Verdict &verdict) {
        promise->addResult(verdict);
        promise->finish();
    };
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [this, names, name, depth, done, weakStep = std::weak_ptr(step)](int i) {
        if (i == names.size()) {
            done(bogus(QStringLiteral("%1: unsigned data in a signed zone").arg(name)));
            return;
        }
        const QString current = names.at(i);
        onResult(m_resolver->lookup(current, RrType::DS),
                 this,
                 [this, current, i, depth, done, step = weakStep.lock()](const LookupResult &ds) {
                     if (ds.failed()) {
                         done(couldNotCheck(ds));
                         return;
                     }
                     QFuture<Verdict> proof;
                     bool isCut = false;
                     if (const QList<ResourceRecord> dsSet
                         = rrsetOf(ds.answerSection, current, RrType::DS);
                         !dsSet.isEmpty()) {
                         proof = verifySigned(dsSet,
                                              sigsFor(ds.answerSection, current, RrType::DS),
                                              current,
                                              true,
                                              depth + 1);
                     } else if (!hasType(ds.authoritySection, RrType::NSEC)
                                && !hasType(ds.authoritySection, Nsec3)) {
                         done(bogus(QStringLiteral("%1 DS: absent without proof").arg(current)));
                         return;
                     } else {
                         LookupResult denial = ds;
                         denial.type = RrType::DS;
                         proof = verifyDenial(denial, current, depth + 1);
                         const QList<ResourceRecord> here
                             = rrsetOf(ds.authoritySection, current, RrType::NSEC);
                         isCut = ds.status == LookupStatus::NoData
                                 && ((!here.isEmpty()
                                      && DnssecCrypto::provesUnsignedDelegation(here.first()))
                                     || DnssecCrypto::nsec3ProvesInsecureDelegation(
                                         current,
                                         DnssecCrypto::usableNsec3(
                                             recordsOf(ds.authoritySection, Nsec3))));
                     }
                     onResult(proof, this, [current, i, isCut, done, step](const Verdict &verdict) {
                         if (verdict.status != DnssecStatus::Secure)
                             done(verdict);
                         else if (isCut)
                             done(insecure(QStringLiteral("unsigned delegation %1").arg(current)));
                         else if (step)
                             (*step)(i + 1);
                     });
                 });
    };
    (*step)(0);
    return future;
}

} // namespace Sceau::Dns
