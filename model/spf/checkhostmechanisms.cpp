#include "model/spf/checkhostsession.h"

#include "model/spf/spfrecordselection.h"

// The mechanisms that query DNS (RFC 7208 §5.2–§5.7), part of CheckHostSession.

namespace Sceau::Spf {

using Dns::LookupResult;
using Dns::LookupStatus;
using Dns::RrType;

namespace {
// §5.5: the reverse name of <ip> (in-addr.arpa, or ip6.arpa nibbles).
QString reverseName(const QHostAddress &ip)
{
    QStringList parts = MacroString::dottedAddress(ip).split(u'.');
    std::reverse(parts.begin(), parts.end());
    const bool v6 = ip.protocol() == QAbstractSocket::IPv6Protocol;
    return parts.join(u'.') + (v6 ? QStringLiteral(".ip6.arpa") : QStringLiteral(".in-addr.arpa"));
}

} // namespace

void CheckHostSession::matchInclude(const QString &target, MatchDone done)
{
    checkHost(
        target,
        [done](const Evaluation &inner) {
            // §5.2 table: pass matches; fail, softfail, neutral do not; errors propagate;
            // none becomes permerror.
            switch (inner.verdict) {
            case Verdict::Pass:
                done(Match::of(true));
                break;
            case Verdict::Fail:
            case Verdict::SoftFail:
            case Verdict::Neutral:
                done(Match::of(false));
                break;
            case Verdict::TempError:
                done(Match::failure(Verdict::TempError, inner.detail));
                break;
            case Verdict::PermError:
                done(Match::failure(Verdict::PermError, inner.detail));
                break;
            case Verdict::None:
                done(Match::failure(
                    Verdict::PermError,
                    QStringLiteral("included domain %1 has no SPF record").arg(inner.domain)));
                break;
            }
        },
        true);
}

void CheckHostSession::matchAddresses(const QString &target, const Term &term, MatchDone done)
{
    // §5.3: A for an IPv4 <ip>, AAAA for IPv6, compared with the matching CIDR length.
    lookup(target,
           addressType(),
           [self = shared_from_this(), cidr4 = term.cidr4, cidr6 = term.cidr6, done](
               const LookupResult &result) {
               if (const auto stop = self->unusable(result, result.name)) {
                   done(*stop);
                   return;
               }
               const bool matched
                   = std::any_of(result.records.cbegin(),
                                 result.records.cend(),
                                 [&](const Dns::ResourceRecord &record) {
                                     return self->inNetwork(record.rdata.value(0), cidr4, cidr6);
                                 });
               done(Match::of(matched));
           });
}

void CheckHostSession::matchMx(const QString &target, const Term &term, MatchDone done)
{
    const int cidr4 = term.cidr4;
    const int cidr6 = term.cidr6;
    lookup(target,
           RrType::MX,
           [self = shared_from_this(), cidr4, cidr6, done](const LookupResult &mx) {
               if (const auto stop = self->unusable(mx, mx.name + QStringLiteral(" MX"))) {
                   done(*stop);
                   return;
               }
               // §4.6.4: more than 10 MX records is permerror.
               if (mx.records.size() > MaxNamesPerTerm) {
                   done(Match::failure(Verdict::PermError,
                                       QStringLiteral("%1 has more than %2 MX records")
                                           .arg(mx.name)
                                           .arg(MaxNamesPerTerm)));
                   return;
               }
               QStringList hosts;
               for (const Dns::ResourceRecord &record : mx.records) {
                   if (!record.mxExchange().isEmpty()) // RFC 7505 null MX
                       hosts << record.mxExchange();
               }
               self->lookupAll(
                   hosts,
                   self->addressType(),
                   [self, cidr4, cidr6, done](const QList<LookupResult> &results) {
                       // The hosts are looked up concurrently; any match wins, else a failure is
                       // temperror.
                       bool failed = false;
                       for (const LookupResult &result : results) {
                           failed = failed || result.failed();
                           for (const Dns::ResourceRecord &record : result.records) {
                               if (self->inNetwork(record.rdata.value(0), cidr4, cidr6)) {
                                   done(Match::of(true));
                                   return;
                               }
                           }
                       }
                       if (failed)
                           done(Match::failure(Verdict::TempError,
                                               QStringLiteral("an MX host lookup failed")));
                       else
                           done(Match::of(false));
                   });
           });
}

void CheckHostSession::matchPtr(const QString &target, MatchDone done)
{
    // §5.5: a validated name equal to <target-name> or below it matches.
    validatedNames([self = shared_from_this(), target, done](const QStringList &names) {
        // §4.6.4: the term's PTR query counts as void when it had no answer.
        if (!self->countVoid(*self->m_ptrLookup)) {
            done(Match::tooManyVoidLookups());
            return;
        }
        done(Match::of(std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
            return name == target || name.endsWith(u'.' + target);
        })));
    });
}

void CheckHostSession::matchExists(const QString &target, MatchDone done)
{
    // §5.7: always an A query, whatever the version of <ip>.
    lookup(target, RrType::A, [self = shared_from_this(), done](const LookupResult &result) {
        if (const auto stop = self->unusable(result, result.name)) {
            done(*stop);
            return;
        }
        done(Match::of(!result.records.isEmpty()));
    });
}

void CheckHostSession::validatedNames(Names done)
{
    if (m_validatedNames) {
        done(*m_validatedNames);
        return;
    }
    lookup(reverseName(m_context.ip),
           RrType::PTR,
           [self = shared_from_this(), done](const LookupResult &ptr) {
               self->m_ptrLookup = ptr;
               // §5.5: a DNS error on the PTR lookup means no match, not an error.
               QStringList names;
               // §4.6.4: at most 10 PTR names; lookupAll() leaves out invalid ones.
               for (const Dns::ResourceRecord &record : ptr.records.mid(0, MaxNamesPerTerm)) {
                   const QString name = normalizedDomain(record.rdata.value(0));
                   if (isQueryableName(name))
                       names << name;
               }
               self->lookupAll(
                   names,
                   self->addressType(),
                   [self, names, done](const QList<LookupResult> &results) {
                       QStringList validated;
                       for (qsizetype i = 0; i < names.size(); ++i) {
                           for (const Dns::ResourceRecord &record : results.at(i).records) {
                               if (QHostAddress(record.rdata.value(0)) == self->m_context.ip) {
                                   validated << names.at(i);
                                   break;
                               }
                           }
                       }
                       self->m_validatedNames = validated;
                       done(validated);
                   });
           });
}

} // namespace Sceau::Spf
