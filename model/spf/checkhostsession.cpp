#include "model/spf/checkhostsession.h"

#include "model/core/domainname.h"
#include "model/spf/spfrecordselection.h"
#include "model/spf/tr.h"

namespace Sceau::Spf {

using Dns::LookupResult;
using Dns::LookupStatus;
using Dns::RrType;

namespace {
Verdict verdictOf(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Pass:
        return Verdict::Pass;
    case Qualifier::Fail:
        return Verdict::Fail;
    case Qualifier::SoftFail:
        return Verdict::SoftFail;
    case Qualifier::Neutral:
        return Verdict::Neutral;
    }
    return Verdict::Neutral;
}

} // namespace

bool CheckHostSession::isQueryableName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    // Every label 1–63 characters, scanned in place.
    qsizetype label = 0;
    for (const QChar c : name) {
        if (c != u'.')
            ++label;
        else if (label == 0)
            return false;
        else
            label = 0;
        if (label > 63)
            return false;
    }
    return label > 0;
}

template<typename T, typename F>
void CheckHostSession::whenReady(const QFuture<T> &future, F &&done)
{
    if (future.isFinished() && !future.isCanceled() && future.resultCount() > 0) {
        done(future.result()); // answered at once (zone file, cache): no trip through the loop
        return;
    }
    if (m_guard)
        onResult(future, m_guard.data(), std::forward<F>(done));
}

struct CheckHostSession::Frame
{
    QString domain;
    SpfRecord record; // its directives are evaluated in place, never copied
    Done done;
    bool fromTerm = false; // reached through include or redirect: its TXT lookup may be void
};

CheckHostSession::CheckHostSession(Dns::Resolver *resolver,
                                   QObject *guard,
                                   const MacroContext &context,
                                   std::shared_ptr<ParsedRecords> records)
    : m_resolver(resolver)
    , m_guard(guard)
    , m_context(context)
    , m_records(std::move(records))
{
}

void CheckHostSession::checkHost(const QString &domain, Done done, bool fromTerm)
{
    auto frame = std::make_shared<Frame>();
    frame->domain = normalizedDomain(domain);
    frame->fromTerm = fromTerm;
    frame->done = std::move(done);
    // §4.3: a malformed or single-label domain gives "none" without a lookup.
    if (!isCheckableDomain(frame->domain)) {
        Evaluation evaluation;
        evaluation.domain = frame->domain;
        evaluation.detail = QStringLiteral("%1 is not a valid domain name").arg(frame->domain);
        frame->done(evaluation);
        return;
    }
    lookup(frame->domain, RrType::TXT, [self = shared_from_this(), frame](const LookupResult &txt) {
        self->evaluateRecord(frame, Publication::from(frame->domain, txt, self->m_records.get()));
    });
}

void CheckHostSession::evaluateRecord(std::shared_ptr<Frame> frame, const Publication &publication)
{
    using State = Publication::State;
    const LookupResult &txt = publication.txt;
    Evaluation evaluation;
    evaluation.domain = frame->domain;
    // §4.4: a DNS failure is temperror, never "none" (DESIGN.md §2).
    if (publication.state == State::LookupFailed) {
        evaluation.verdict = Verdict::TempError;
        evaluation.detail = QStringLiteral("TXT lookup for %1: %2 %3")
                                .arg(frame->domain, Dns::statusToken(txt.status), txt.detail);
        frame->done(evaluation);
        return;
    }
    if (frame->fromTerm && !countVoid(txt)) {
        evaluation.verdict = Verdict::PermError;
        evaluation.detail = QStringLiteral("more than %1 void lookups").arg(MaxVoidLookups);
        frame->done(evaluation);
        return;
    }
    if (publication.state == State::NoRecord) { // §4.5: no record (or NXDOMAIN, §4.3): "none"
        evaluation.detail = QStringLiteral("%1 has no v=spf1 record").arg(frame->domain);
        frame->done(evaluation);
        return;
    }
    if (publication.state == State::Several) { // §4.5: more than one record is permerror
        evaluation.verdict = Verdict::PermError;
        evaluation.detail = QStringLiteral("%1 has %2 v=spf1 records")
                                .arg(frame->domain)
                                .arg(publication.records.size());
        frame->done(evaluation);
        return;
    }
    if (publication.state == State::SyntaxError) { // §4.6: a syntax error is permerror
        evaluation.verdict = Verdict::PermError;
        evaluation.detail = QStringLiteral("%1: %2").arg(
            frame->domain,
            publication.syntaxError ? publication.syntaxError->toString() : QString());
        frame->done(evaluation);
        return;
    }
    frame->record = *publication.record;
    evaluateFrom(frame, 0);
}

void CheckHostSession::evaluateFrom(std::shared_ptr<Frame> frame, qsizetype index)
{
    // §4.6.2: mechanisms are evaluated in order; the first match decides. index: in terms(),
    // modifiers skipped.
    const QList<Term> &terms = frame->record.terms();
    while (index < terms.size() && terms.at(index).isModifier())
        ++index;
    if (index >= terms.size()) {
        afterDirectives(frame);
        return;
    }
    match(frame, terms.at(index), [self = shared_from_this(), frame, index](const Match &result) {
        const Term &term = frame->record.terms().at(index);
        if (result.error) {
            Evaluation evaluation;
            evaluation.verdict = *result.error;
            evaluation.domain = frame->domain;
            evaluation.matchedTerm = term.toText();
            evaluation.matchedDomain = frame->domain;
            evaluation.detail = result.detail;
            frame->done(evaluation);
        } else if (result.matched) {
            self->conclude(frame, verdictOf(term.qualifier), &term);
        } else {
            self->evaluateFrom(frame, index + 1);
        }
    });
}

void CheckHostSession::afterDirectives(std::shared_ptr<Frame> frame)
{
    const auto redirect = frame->record.redirect(); // §6.1: none when the record has all
    if (!redirect) { // §4.7: nothing matched and no redirect: neutral
        conclude(frame, Verdict::Neutral, nullptr);
        return;
    }
    // §6.1: redirect= counts toward the limit; the target's result is the result.
    auto fail = [frame, term = *redirect](const QString &detail) {
        Evaluation evaluation;
        evaluation.verdict = Verdict::PermError;
        evaluation.domain = frame->domain;
        evaluation.matchedTerm = term.toText();
        evaluation.matchedDomain = frame->domain;
        evaluation.detail = detail;
        frame->done(evaluation);
    };
    if (!spendLookup()) {
        fail(QStringLiteral("more than %1 DNS-querying terms").arg(MaxLookups));
        return;
    }
    expand(frame,
           redirect->argument,
           MacroString::Use::DomainSpec,
           [self = shared_from_this(), frame, fail](const Result<QString> &target) {
               if (!target) {
                   fail(target.error().detail);
                   return;
               }
               self->checkHost(
                   *target,
                   [frame, fail](Evaluation evaluation) {
                       // §6.1: a target without a record is permerror.
                       if (evaluation.verdict == Verdict::None)
                           fail(QStringLiteral("redirect target %1 has no SPF record")
                                    .arg(evaluation.domain));
                       else
                           frame->done(evaluation);
                   },
                   true);
           });
}

void CheckHostSession::conclude(std::shared_ptr<Frame> frame, Verdict verdict, const Term *term)
{
    Evaluation evaluation;
    evaluation.verdict = verdict;
    evaluation.domain = frame->domain;
    if (term) {
        evaluation.matchedTerm = term->toText();
        evaluation.matchedDomain = frame->domain;
    }
    if (verdict == Verdict::Fail && frame->record.modifier(TermKind::Explanation))
        explain(frame, evaluation);
    else
        frame->done(evaluation);
}

void CheckHostSession::explain(std::shared_ptr<Frame> frame, Evaluation evaluation)
{
    // §6.2: any problem finding or expanding the explanation leaves it empty.
    const Term exp = *frame->record.modifier(TermKind::Explanation);
    expand(
        frame,
        exp.argument,
        MacroString::Use::DomainSpec,
        [self = shared_from_this(), frame, evaluation](const Result<QString> &target) {
            if (!target || !isCheckableDomain(*target)) {
                frame->done(evaluation);
                return;
            }
            self->lookup(*target, RrType::TXT, [self, frame, evaluation](const LookupResult &txt) {
                if (txt.status != LookupStatus::Answer || txt.records.size() != 1) {
                    frame->done(evaluation);
                    return;
                }
                const QString text = QString::fromLatin1(txt.records.first().txtJoined());
                self->expand(frame,
                             text,
                             MacroString::Use::Explanation,
                             [frame, evaluation](const Result<QString> &explanation) mutable {
                                 if (explanation)
                                     evaluation.explanation = *explanation;
                                 frame->done(evaluation);
                             });
            });
        });
}

void CheckHostSession::match(std::shared_ptr<Frame> frame, const Term &term, MatchDone done)
{
    switch (term.kind) {
    case TermKind::All: // §5.1
        done(Match::of(true));
        return;
    case TermKind::Ip4: // §5.6
    case TermKind::Ip6:
        done(Match::of(inNetwork(term.argument, term.cidr4, term.cidr6)));
        return;
    default:
        break;
    }
    if (!spendLookup()) {
        done(Match::failure(Verdict::PermError,
                            QStringLiteral("more than %1 DNS-querying terms").arg(MaxLookups)));
        return;
    }
    // §5.3, §5.4, §5.5: a, mx and ptr default to <domain>.
    const QString spec = term.argument.isEmpty() ? frame->domain : term.argument;
    // The term lives in frame->record, which the callbacks keep alive: no copy of it.
    expand(frame,
           spec,
           MacroString::Use::DomainSpec,
           [self = shared_from_this(), frame, term = &term, done](const Result<QString> &target) {
               if (!target) {
                   done(Match::failure(Verdict::PermError, target.error().detail));
                   return;
               }
               const QString name = normalizedDomain(*target);
               // A target that is not a valid DNS name is never queried: it matches nothing.
               if (term->kind != TermKind::Include && term->kind != TermKind::Ptr
                   && !isQueryableName(name)) {
                   done(Match::of(false));
                   return;
               }
               switch (term->kind) {
               case TermKind::Include:
                   self->matchInclude(name, done);
                   break;
               case TermKind::A:
                   self->matchAddresses(name, *term, done);
                   break;
               case TermKind::Mx:
                   self->matchMx(name, *term, done);
                   break;
               case TermKind::Ptr:
                   self->matchPtr(name, done);
                   break;
               default:
                   self->matchExists(name, done);
                   break;
               }
           });
}

void CheckHostSession::expand(std::shared_ptr<Frame> frame,
                              const QString &text,
                              MacroString::Use use,
                              Expanded done)
{
    MacroContext context = m_context;
    context.domain = frame->domain;
    if (!MacroString::usesValidatedName(text)) {
        done(MacroString::expand(text, context, use));
        return;
    }
    // §7.3 p: a validated name equal to <domain>, else below it, else any, else "unknown".
    validatedNames([frame, text, use, context, done](const QStringList &names) mutable {
        context.validatedName = QStringLiteral("unknown");
        auto pick = [&](auto &&predicate) {
            const auto it = std::find_if(names.cbegin(), names.cend(), predicate);
            if (it != names.cend() && context.validatedName == u"unknown")
                context.validatedName = *it;
        };
        pick([&](const QString &name) { return name == frame->domain; });
        pick([&](const QString &name) { return name.endsWith(u'.' + frame->domain); });
        pick([](const QString &) { return true; });
        done(MacroString::expand(text, context, use));
    });
}

void CheckHostSession::lookup(const QString &name, RrType type, Lookup done)
{
    if (!m_resolver) { // the resolver went away: the lookup could not be made
        LookupResult none;
        none.name = name;
        none.type = type;
        none.status = LookupStatus::NetworkError;
        none.detail = Tr::tr("no DNS resolver is set up");
        done(none);
        return;
    }
    const QFuture<LookupResult> answer
        = m_resolver->lookup(presentationName(DomainName::lowercase(name)), type);
    if (answer.isFinished() && !answer.isCanceled() && answer.resultCount() > 0) {
        done(answer.result()); // answered at once (zone file, cache): no wrapper, no trip
        return;
    }
    whenReady(answer,
              [self = shared_from_this(), done](const LookupResult &result) { done(result); });
}

void CheckHostSession::lookupAll(const QStringList &names, RrType type, Lookups done)
{
    QList<QFuture<LookupResult>> answers;
    for (const QString &name : names) {
        if (!m_resolver)
            break;
        if (isQueryableName(name))
            answers << m_resolver->lookup(presentationName(DomainName::lowercase(name)), type);
    }
    whenReady(
        allResults(answers),
        [self = shared_from_this(), done](const QList<LookupResult> &results) { done(results); });
}

bool CheckHostSession::spendLookup()
{
    return ++m_lookups <= MaxLookups;
}

bool CheckHostSession::countVoid(const LookupResult &result)
{
    if (isVoidLookup(result)) // §4.6.4, spflimits.h
        ++m_voidLookups;
    return m_voidLookups <= MaxVoidLookups;
}

std::optional<CheckHostSession::Match> CheckHostSession::unusable(const LookupResult &result,
                                                                  const QString &asked)
{
    if (result.failed())
        return Match::failure(Verdict::TempError,
                              QStringLiteral("%1: %2").arg(asked, Dns::statusToken(result.status)));
    if (!countVoid(result))
        return Match::tooManyVoidLookups();
    return std::nullopt;
}

RrType CheckHostSession::addressType() const
{
    return m_context.ip.protocol() == QAbstractSocket::IPv6Protocol ? RrType::AAAA : RrType::A;
}

bool CheckHostSession::inNetwork(const QString &address, int cidr4, int cidr6) const
{
    const QHostAddress network(address);
    if (network.protocol() != m_context.ip.protocol())
        return false;
    const bool v6 = network.protocol() == QAbstractSocket::IPv6Protocol;
    const int length = v6 ? (cidr6 < 0 ? 128 : cidr6) : (cidr4 < 0 ? 32 : cidr4);
    return m_context.ip.isInSubnet(network, length);
}

} // namespace Sceau::Spf
