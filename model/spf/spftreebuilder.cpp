#include "model/spf/spftreebuilder.h"

#include "model/core/async.h"
#include "model/spf/spflimits.h"
#include "model/spf/spfrecordselection.h"
#include "model/spf/tr.h"

#include <QPromise>
#include <memory>

namespace Sceau::Spf {

using Dns::LookupResult;
using Dns::RrType;

namespace {

constexpr int MaxDepth = 12; // past 10 includes the evaluator has already given permerror

// What one term of a record contributed to its node.
struct TermOutcome
{
    QStringList networks;
    bool isVoid = false;
    QList<LookupFailure> failures;
    bool notFollowed = false;
    std::optional<SpfTreeNode> branch; // include / redirect subtree
    int queries = 0;
};

template<typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// f(result of future) as a future, guarded: nothing runs once guard is gone.
template<typename R, typename T, typename F>
QFuture<R> mapped(const QFuture<T> &future, QObject *guard, F &&f)
{
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    onResult(future, guard, [promise, f = std::forward<F>(f)](const T &value) mutable {
        promise->addResult(f(value));
        promise->finish();
    });
    return promise->future();
}

LookupFailure failureOf(const QString &term, const LookupResult &result)
{
    return {term, result.name, result.type, result.status, result.detail};
}

QString withLength(const QString &address, int length)
{
    return length < 0 ? address : address + u'/' + QString::number(length);
}

// One tree construction: the resolver, the guard, the recursion and the work budget.
class TreeWalk final : public std::enable_shared_from_this<TreeWalk>
{
public:
    TreeWalk(Dns::Resolver *resolver, QObject *guard)
        : m_resolver(resolver)
        , m_guard(guard)
    {
    }

    QFuture<SpfTreeNode> node(SpfTreeNode node, const QStringList &path);
    QFuture<SpfTreeNode> expand(SpfTreeNode node, const Publication &publication, QStringList path);
    void rootGiven() { ++m_nodes; } // the caller fetched the root's TXT record
    // One more record and its TXT query; false, spending nothing, when over the budget.
    bool spendRecord()
    {
        if (m_nodes >= MaxTreeNodes || !spendQueries(1))
            return false;
        ++m_nodes;
        return true;
    }

private:
    QFuture<TermOutcome> term(const Term &term, const QString &domain, const QStringList &path);
    QFuture<TermOutcome> addresses(const Term &term, const QStringList &hosts);
    QFuture<TermOutcome> mx(const Term &term, const QString &target);
    QFuture<TermOutcome> exists(const Term &term, const QString &target);
    QFuture<LookupResult> lookup(const QString &name, RrType type);
    bool spendQueries(int count); // false, spending nothing, when over MaxTreeQueries

    QPointer<Dns::Resolver> m_resolver;
    QPointer<QObject> m_guard;
    int m_nodes = 0; // records fetched (or given, for the root)
    int m_queries = 0;
};

bool TreeWalk::spendQueries(int count)
{
    if (m_queries + count > MaxTreeQueries)
        return false;
    m_queries += count;
    return true;
}

QFuture<LookupResult> TreeWalk::lookup(const QString &name, RrType type)
{
    if (!m_resolver) { // the resolver went away: the lookup could not be made
        LookupResult result;
        result.name = name;
        result.type = type;
        result.status = Dns::LookupStatus::NetworkError;
        result.detail = Tr::tr("no DNS resolver is set up");
        return ready(result);
    }
    return m_resolver->lookup(presentationName(name), type);
}

QFuture<SpfTreeNode> TreeWalk::node(SpfTreeNode node, const QStringList &path)
{
    if (path.size() >= MaxDepth) {
        node.state = SpfTreeNode::State::TooDeep;
        return ready(node);
    }
    if (!isCheckableDomain(node.domain)) { // §4.3: no lookup, no record
        node.state = SpfTreeNode::State::NoRecord;
        node.detail = QStringLiteral("not a valid domain name");
        return ready(node);
    }
    node.queries = 1; // its TXT query, spent by spendRecord()
    auto promise = std::make_shared<QPromise<SpfTreeNode>>();
    promise->start();
    onResult(lookup(node.domain, RrType::TXT),
             m_guard.data(),
             [self = shared_from_this(), node, path, promise](const LookupResult &txt) {
                 onResult(self->expand(node, Publication::from(node.domain, txt), path),
                          self->m_guard.data(),
                          [promise](const SpfTreeNode &done) {
                              promise->addResult(done);
                              promise->finish();
                          });
             });
    return promise->future();
}

QFuture<SpfTreeNode>
TreeWalk::expand(SpfTreeNode node, const Publication &publication, QStringList path)
{
    using State = Publication::State;
    switch (publication.state) {
    case State::LookupFailed:
        node.state = SpfTreeNode::State::LookupFailed;
        node.detail = Dns::statusToken(publication.txt.status) + u' ' + publication.txt.detail;
        node.failures << failureOf(node.via, publication.txt);
        return ready(node);
    case State::NoRecord:
        node.state = SpfTreeNode::State::NoRecord;
        return ready(node);
    case State::Several:
        node.state = SpfTreeNode::State::MultipleRecords;
        node.detail = publication.records.join(u" | ");
        return ready(node);
    case State::SyntaxError:
        node.state = SpfTreeNode::State::SyntaxError;
        node.record = publication.selected(); // kept for the finding to point at the term
        node.detail = publication.syntaxError ? publication.syntaxError->toString() : QString();
        return ready(node);
    case State::Found:
        break;
    }
    const SpfRecord &record = *publication.record;
    node.record = publication.selected();
    node.ownLookups = record.dnsQueryingTerms();
    path << node.domain;
    const std::optional<Term> redirect = record.redirect(); // §6.1: none when all is present
    QList<QFuture<TermOutcome>> outcomes;
    QStringList texts; // the term of each outcome
    for (const Term &term : record.terms()) {
        if (term.kind == TermKind::Ptr)
            node.ptrTerms << term.toText();
        if (term.kind == TermKind::Redirect && !redirect)
            continue; // ignored: never followed, never counted
        outcomes << this->term(term, node.domain, path);
        texts << term.toText();
    }
    auto promise = std::make_shared<QPromise<SpfTreeNode>>();
    promise->start();
    onResult(allResults(outcomes),
             m_guard.data(),
             [node, texts, promise](const QList<TermOutcome> &results) mutable {
                 node.totalLookups = node.ownLookups;
                 for (qsizetype i = 0; i < results.size(); ++i) {
                     const TermOutcome &outcome = results.at(i);
                     node.networks << outcome.networks;
                     node.failures << outcome.failures;
                     node.queries += outcome.queries;
                     if (outcome.isVoid)
                         node.voidTerms << texts.at(i);
                     if (outcome.notFollowed)
                         node.notFollowed << texts.at(i);
                     if (outcome.branch) {
                         node.totalLookups += outcome.branch->totalLookups;
                         node.queries += outcome.branch->queries;
                         node.children << *outcome.branch;
                     }
                 }
                 promise->addResult(node);
                 promise->finish();
             });
    return promise->future();
}

QFuture<TermOutcome>
TreeWalk::term(const Term &term, const QString &domain, const QStringList &path)
{
    TermOutcome outcome;
    if (term.kind == TermKind::Ip4 || term.kind == TermKind::Ip6) {
        outcome.networks << withLength(term.argument,
                                       term.kind == TermKind::Ip4 ? term.cidr4 : term.cidr6);
        return ready(outcome);
    }
    if (term.kind != TermKind::Include && term.kind != TermKind::Redirect
        && term.kind != TermKind::A && term.kind != TermKind::Mx && term.kind != TermKind::Exists)
        return ready(outcome);
    const QString target = normalizedDomain(term.argument.isEmpty() ? domain : term.argument);
    if (term.kind == TermKind::Include || term.kind == TermKind::Redirect) {
        SpfTreeNode child;
        child.domain = target;
        child.via = term.toText();
        if (target.contains(u'%')) {
            child.state = SpfTreeNode::State::MacroTarget;
        } else if (path.contains(target)) {
            child.state = SpfTreeNode::State::Loop;
            child.detail = (path + QStringList{target}).join(QStringLiteral(" → "));
        } else if (!spendRecord()) {
            outcome.notFollowed = true;
            return ready(outcome);
        } else {
            return mapped<TermOutcome>(
                node(child, path), m_guard.data(), [](const SpfTreeNode &branch) {
                    TermOutcome result;
                    result.branch = branch;
                    return result;
                });
        }
        outcome.branch = child;
        return ready(outcome);
    }
    if (target.contains(u'%') || !isCheckableDomain(target))
        return ready(outcome); // depends on the message, or never queried (§4.3)
    if (term.kind == TermKind::Exists)
        return exists(term, target);
    if (term.kind == TermKind::A)
        return addresses(term, {target});
    return mx(term, target);
}

// a (§5.3): A and AAAA of the target. mx (§5.4): of each exchange. Void when none answered
// and none failed.
QFuture<TermOutcome> TreeWalk::addresses(const Term &term, const QStringList &hosts)
{
    TermOutcome outcome;
    QList<QFuture<LookupResult>> lookups;
    for (const QString &host : hosts) {
        if (!spendQueries(2)) {
            outcome.notFollowed = true;
            break;
        }
        outcome.queries += 2;
        lookups << lookup(host, RrType::A) << lookup(host, RrType::AAAA);
    }
    return mapped<TermOutcome>(
        allResults(lookups),
        m_guard.data(),
        [term, outcome](const QList<LookupResult> &results) mutable {
            bool anyFailed = false;
            for (const LookupResult &result : results) {
                if (Dns::isFailure(result.status)) {
                    anyFailed = true;
                    outcome.failures << failureOf(term.toText(), result);
                    continue;
                }
                const int length = result.type == RrType::A ? term.cidr4 : term.cidr6;
                for (const Dns::ResourceRecord &record : result.records)
                    outcome.networks << withLength(record.rdata.value(0), length);
            }
            outcome.isVoid = term.kind == TermKind::A && !anyFailed && !results.isEmpty()
                             && std::all_of(results.cbegin(), results.cend(), isVoidLookup);
            return outcome;
        });
}

QFuture<TermOutcome> TreeWalk::mx(const Term &term, const QString &target)
{
    if (!spendQueries(1)) {
        TermOutcome skipped;
        skipped.notFollowed = true;
        return ready(skipped);
    }
    auto promise = std::make_shared<QPromise<TermOutcome>>();
    promise->start();
    onResult(lookup(target, RrType::MX),
             m_guard.data(),
             [self = shared_from_this(), term, promise](const LookupResult &mx) {
                 auto deliver = [promise](const TermOutcome &result) {
                     promise->addResult(result);
                     promise->finish();
                 };
                 TermOutcome outcome;
                 outcome.queries = 1;
                 if (Dns::isFailure(mx.status)) {
                     outcome.failures << failureOf(term.toText(), mx);
                     deliver(outcome);
                     return;
                 }
                 outcome.isVoid = isVoidLookup(mx);
                 QStringList hosts;
                 for (const Dns::ResourceRecord &record : mx.records) {
                     if (!record.mxExchange().isEmpty()) // RFC 7505 null MX
                         hosts << record.mxExchange();
                 }
                 // §4.6.4: past MaxNamesPerTerm exchanges evaluation is permerror: not followed.
                 if (hosts.size() > MaxNamesPerTerm) {
                     hosts.resize(MaxNamesPerTerm);
                     outcome.notFollowed = true;
                 }
                 onResult(self->addresses(term, hosts),
                          self->m_guard.data(),
                          [outcome, deliver](TermOutcome hostsOutcome) {
                              hostsOutcome.queries += outcome.queries;
                              hostsOutcome.isVoid = outcome.isVoid;
                              hostsOutcome.notFollowed
                                  = hostsOutcome.notFollowed || outcome.notFollowed;
                              deliver(hostsOutcome);
                          });
             });
    return promise->future();
}

QFuture<TermOutcome> TreeWalk::exists(const Term &term, const QString &target)
{
    // §5.7: one A query.
    TermOutcome outcome;
    if (!spendQueries(1)) {
        outcome.notFollowed = true;
        return ready(outcome);
    }
    return mapped<TermOutcome>(
        lookup(target, RrType::A), m_guard.data(), [term](const LookupResult &result) {
            TermOutcome done;
            done.queries = 1;
            if (Dns::isFailure(result.status))
                done.failures << failureOf(term.toText(), result);
            done.isVoid = isVoidLookup(result);
            return done;
        });
}

} // namespace

SpfTreeBuilder::SpfTreeBuilder(Dns::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

QFuture<SpfTreeNode> SpfTreeBuilder::build(const QString &domain)
{
    SpfTreeNode root;
    root.domain = normalizedDomain(domain);
    auto walk = std::make_shared<TreeWalk>(m_resolver.data(), this);
    walk->spendRecord();
    return mapped<SpfTreeNode>(
        walk->node(root, {}), this, [walk](const SpfTreeNode &tree) { return tree; });
}

QFuture<SpfTreeNode> SpfTreeBuilder::build(const Publication &publication)
{
    SpfTreeNode root;
    root.domain = normalizedDomain(publication.domain);
    auto walk = std::make_shared<TreeWalk>(m_resolver.data(), this);
    walk->rootGiven();
    return mapped<SpfTreeNode>(walk->expand(root, publication, {}),
                               this,
                               [walk](const SpfTreeNode &tree) { return tree; });
}

} // namespace Sceau::Spf
