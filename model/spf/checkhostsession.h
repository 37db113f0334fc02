#pragma once

#include "model/spf/parsedrecords.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"
#include "model/spf/macrostring.h"
#include "model/spf/spflimits.h"
#include "model/spf/spfpublication.h"
#include "model/spf/spfrecord.h"
#include "model/spf/spfresult.h"

#include <QPointer>
#include <functional>
#include <memory>

namespace Sceau {
namespace Spf {

// One run of check_host() (RFC 7208 §4) with everything its recursion shares: the lookup
// budget (§4.6.4) and the validated names of <ip>. Continuation-passing on the resolver's
// futures, guarded by a QObject: no thread, no wait. Internal to SpfEvaluator.
class CheckHostSession final : public std::enable_shared_from_this<CheckHostSession>
{
public:
    using Done = std::function<void(Evaluation)>;

    CheckHostSession(Dns::Resolver *resolver,
                     QObject *guard,
                     const MacroContext &context,
                     std::shared_ptr<ParsedRecords> records);

    // check_host(<ip>, <domain>, <sender>): done receives the result of this level; the
    // session's counters are added by the caller at the top. fromTerm: reached through
    // include or redirect, so an empty answer counts as a void lookup (§4.6.4).
    void checkHost(const QString &domain, Done done, bool fromTerm = false);

    int lookups() const { return m_lookups; }
    int voidLookups() const { return m_voidLookups; }

private:
    struct Frame;
    // What one mechanism made of <ip>: matched or not, or an error that ends the check.
    struct Match
    {
        bool matched = false;
        std::optional<Verdict> error; // TempError or PermError
        QString detail;
        static Match of(bool matched) { return {matched, std::nullopt, {}}; }
        static Match failure(Verdict verdict, const QString &detail)
        {
            return {false, verdict, detail};
        }
        // §4.6.4: past MaxVoidLookups void lookups, the check is permerror.
        static Match tooManyVoidLookups()
        {
            return failure(Verdict::PermError,
                           QStringLiteral("more than %1 void lookups").arg(MaxVoidLookups));
        }
    };
    using MatchDone = std::function<void(Match)>;
    using Lookup = std::function<void(const Dns::LookupResult &)>;
    using Names = std::function<void(QStringList)>;
    using Expanded = std::function<void(Result<QString>)>;
    using Lookups = std::function<void(QList<Dns::LookupResult>)>;

    void evaluateRecord(std::shared_ptr<Frame> frame, const Publication &publication);
    void evaluateFrom(std::shared_ptr<Frame> frame, qsizetype index);
    void afterDirectives(std::shared_ptr<Frame> frame);
    void conclude(std::shared_ptr<Frame> frame, Verdict verdict, const Term *term);
    void explain(std::shared_ptr<Frame> frame, Evaluation evaluation);

    void match(std::shared_ptr<Frame> frame, const Term &term, MatchDone done);
    void matchInclude(const QString &target, MatchDone done);
    void matchAddresses(const QString &target, const Term &term, MatchDone done);
    void matchMx(const QString &target, const Term &term, MatchDone done);
    void matchPtr(const QString &target, MatchDone done);
    void matchExists(const QString &target, MatchDone done);

    // §5.5: the names of <ip> whose own addresses include <ip> (at most 10 PTR names).
    void validatedNames(Names done);
    void
    expand(std::shared_ptr<Frame> frame, const QString &text, MacroString::Use use, Expanded done);
    void lookup(const QString &name, Dns::RrType type, Lookup done);
    // Concurrently; names that are not valid DNS names are never queried (left out).
    void lookupAll(const QStringList &names, Dns::RrType type, Lookups done);
    // done(result) at once when the future is already there (zone file, cache), else once it
    // is, guarded.
    template<typename T, typename F> void whenReady(const QFuture<T> &future, F &&done);
    bool spendLookup();                              // §4.6.4: false past 10
    bool countVoid(const Dns::LookupResult &result); // §4.6.4: false past 2 void lookups
    // A mechanism's lookup that ends it without a match: failed, temperror (§5: "<asked>:
    // <status>", asked such as "example.com" or "example.com MX"); or one void lookup too
    // many, permerror (§4.6.4, counted here). Nothing when the answer can be matched.
    std::optional<Match> unusable(const Dns::LookupResult &result, const QString &asked);
    static bool isQueryableName(const QString &name);
    Dns::RrType addressType() const;
    bool inNetwork(const QString &address, int cidr4, int cidr6) const;

    QPointer<Dns::Resolver> m_resolver;
    QPointer<QObject> m_guard;
    MacroContext m_context;
    std::shared_ptr<ParsedRecords> m_records;
    std::optional<QStringList> m_validatedNames;
    std::optional<Dns::LookupResult> m_ptrLookup; // the PTR query behind m_validatedNames
    int m_lookups = 0;
    int m_voidLookups = 0;
};

} // namespace Spf
} // namespace Sceau
