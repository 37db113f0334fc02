#include "model/spf/spftreebuilder.h"

#include "model/core/async.h"
#include "model/spf/spfrecord.h"
#include "model/spf/spfrecordselection.h"

#include <QPromise>
#include <functional>
#include <memory>

namespace Sceau::Spf {

using Dns::LookupResult;
using Dns::RrType;

namespace {

constexpr int MaxDepth = 12; // past 10 includes the evaluator has already given permerror

using NodeDone = std::function<void(SpfTreeNode)>;

// One tree construction: the resolver, the guard, and the recursion.
class TreeWalk final : public std::enable_shared_from_this<TreeWalk>
{
public:
    TreeWalk(Dns::Resolver *resolver, QObject *guard)
        : m_resolver(resolver)
        , m_guard(guard)
    {
    }

    void node(SpfTreeNode node, const QStringList &path, NodeDone done)
    {
        if (path.size() >= MaxDepth) {
            node.state = SpfTreeNode::State::TooDeep;
            done(node);
            return;
        }
        lookup(node.domain,
               RrType::TXT,
               [self = shared_from_this(), node, path, done](const LookupResult &txt) {
                   self->fromTxt(node, txt, path, done);
               });
    }

    void fromTxt(SpfTreeNode node, const LookupResult &txt, QStringList path, NodeDone done);

private:
    struct Join; // the pending lookups and branches of one record
    void lookup(const QString &name, RrType type, std::function<void(const LookupResult &)> done);
    void resolveTerm(std::shared_ptr<Join> join,
                     const Term &term,
                     qsizetype slot,
                     const QString &domain);

    QPointer<Dns::Resolver> m_resolver;
    QPointer<QObject> m_guard;
};

struct TreeWalk::Join
{
    SpfTreeNode node;
    QList<QStringList> termNetworks;            // per term, in record order
    QList<std::optional<QString>> termVoid;     // per term: the term when its lookups were void
    QList<std::optional<QString>> termFailed;   // per term: the term when a lookup failed
    QList<std::optional<SpfTreeNode>> branches; // per term: include/redirect subtree
    int pending = 1;                            // released by fromTxt once every lookup is started
    NodeDone done;

    void release()
    {
        if (--pending > 0)
            return;
        node.totalLookups = node.ownLookups;
        for (qsizetype i = 0; i < branches.size(); ++i) {
            node.networks << termNetworks.at(i);
            if (termVoid.at(i))
                node.voidTerms << *termVoid.at(i);
            if (termFailed.at(i))
                node.failedTerms << *termFailed.at(i);
            if (branches.at(i)) {
                node.totalLookups += branches.at(i)->totalLookups;
                node.children << *branches.at(i);
            }
        }
        done(node);
    }
};

void TreeWalk::fromTxt(SpfTreeNode node, const LookupResult &txt, QStringList path, NodeDone done)
{
    const QStringList records = spfRecordsIn(txt);
    if (txt.failed()) {
        node.state = SpfTreeNode::State::LookupFailed;
        node.detail = Dns::statusToken(txt.status) + u' ' + txt.detail;
    } else if (records.isEmpty()) {
        node.state = SpfTreeNode::State::NoRecord;
    } else if (records.size() > 1) {
        node.state = SpfTreeNode::State::MultipleRecords;
        node.detail = records.join(u" | ");
    }
    if (node.state != SpfTreeNode::State::Ok) {
        done(node);
        return;
    }
    node.record = records.first(); // kept when invalid, for the finding to point at the term
    const auto parsed = SpfRecord::parse(node.record);
    if (!parsed) {
        node.state = SpfTreeNode::State::SyntaxError;
        node.detail = parsed.error().detail;
        done(node);
        return;
    }
    path << node.domain;
    auto join = std::make_shared<Join>();
    const QList<Term> terms = parsed->terms();
    join->node = node;
    join->node.ownLookups = parsed->dnsQueryingTerms();
    join->termNetworks.resize(terms.size());
    join->termVoid.resize(terms.size());
    join->termFailed.resize(terms.size());
    join->branches.resize(terms.size());
    join->done = std::move(done);
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &term = terms.at(i);
        if (term.kind == TermKind::Ptr)
            join->node.ptrTerms << term.toText();
        if (term.kind == TermKind::Ip4 || term.kind == TermKind::Ip6) {
            const int length = term.kind == TermKind::Ip4 ? term.cidr4 : term.cidr6;
            join->termNetworks[i] << (length < 0 ? term.argument
                                                 : term.argument + u'/' + QString::number(length));
            continue;
        }
        if (term.kind != TermKind::Include && term.kind != TermKind::Redirect
            && term.kind != TermKind::A && term.kind != TermKind::Mx
            && term.kind != TermKind::Exists)
            continue;
        const QString target
            = normalizedDomain(term.argument.isEmpty() ? node.domain : term.argument);
        if (term.kind == TermKind::Include || term.kind == TermKind::Redirect) {
            SpfTreeNode child;
            child.domain = target;
            child.via = term.toText();
            if (target.contains(u'%')) {
                child.state = SpfTreeNode::State::MacroTarget;
                join->branches[i] = child;
                continue;
            }
            if (path.contains(target)) {
                child.state = SpfTreeNode::State::Loop;
                child.detail = (path + QStringList{target}).join(QStringLiteral(" → "));
                join->branches[i] = child;
                continue;
            }
            ++join->pending;
            this->node(child, path, [join, i](const SpfTreeNode &branch) {
                join->branches[i] = branch;
                join->release();
            });
            continue;
        }
        if (!target.contains(u'%'))
            resolveTerm(join, term, i, target);
    }
    join->release();
}

void TreeWalk::resolveTerm(std::shared_ptr<Join> join,
                           const Term &term,
                           qsizetype slot,
                           const QString &target)
{
    // exists: one A query (§5.7). a: A and AAAA of the target (§5.3). mx: the exchanges' (§5.4).
    ++join->pending;
    auto addresses = [self = shared_from_this(), join, term, slot](const QString &host,
                                                                   auto &&finished) {
        auto remaining = std::make_shared<int>(2);
        auto found = std::make_shared<bool>(false);
        for (const RrType type : {RrType::A, RrType::AAAA}) {
            self->lookup(
                host,
                type,
                [join, term, slot, remaining, found, finished, type](const LookupResult &result) {
                    if (result.failed())
                        join->termFailed[slot] = term.toText();
                    const int length = type == RrType::A ? term.cidr4 : term.cidr6;
                    for (const Dns::ResourceRecord &record : result.records) {
                        *found = true;
                        const QString address = record.rdata.value(0);
                        join->termNetworks[slot]
                            << (length < 0 ? address : address + u'/' + QString::number(length));
                    }
                    if (--*remaining == 0)
                        finished(*found);
                });
        }
    };
    const QString text = term.toText();
    if (term.kind == TermKind::Exists) {
        lookup(target, RrType::A, [join, slot, text](const LookupResult &result) {
            if (result.failed())
                join->termFailed[slot] = text;
            if (!result.failed() && result.records.isEmpty())
                join->termVoid[slot] = text;
            join->release();
        });
    } else if (term.kind == TermKind::A) {
        addresses(target, [join, slot, text](bool found) {
            if (!found)
                join->termVoid[slot] = text;
            join->release();
        });
    } else {
        lookup(target, RrType::MX, [join, slot, text, addresses](const LookupResult &mx) {
            if (mx.failed())
                join->termFailed[slot] = text;
            if (!mx.failed() && mx.records.isEmpty())
                join->termVoid[slot] = text;
            for (const Dns::ResourceRecord &record : mx.records) {
                if (record.mxExchange().isEmpty())
                    continue;
                ++join->pending;
                addresses(record.mxExchange(), [join](bool) { join->release(); });
            }
            join->release();
        });
    }
}

void TreeWalk::lookup(const QString &name,
                      RrType type,
                      std::function<void(const LookupResult &)> done)
{
    if (!m_resolver || !m_guard || !isCheckableDomain(name)) {
        LookupResult result;
        result.name = name;
        result.type = type;
        result.status = m_resolver ? Dns::LookupStatus::NxDomain : Dns::LookupStatus::NetworkError;
        done(result);
        return;
    }
    onResult(m_resolver->lookup(presentationName(name), type),
             m_guard.data(),
             [self = shared_from_this(), done](const LookupResult &result) { done(result); });
}

} // namespace

SpfTreeBuilder::SpfTreeBuilder(Dns::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

QFuture<SpfTreeNode> SpfTreeBuilder::build(const QString &domain)
{
    auto promise = std::make_shared<QPromise<SpfTreeNode>>();
    promise->start();
    SpfTreeNode root;
    root.domain = normalizedDomain(domain);
    auto walk = std::make_shared<TreeWalk>(m_resolver.data(), this);
    walk->node(root, {}, [promise, walk](const SpfTreeNode &tree) {
        promise->addResult(tree);
        promise->finish();
    });
    return promise->future();
}

QFuture<SpfTreeNode> SpfTreeBuilder::build(const QString &domain, const Dns::LookupResult &txt)
{
    auto promise = std::make_shared<QPromise<SpfTreeNode>>();
    promise->start();
    SpfTreeNode root;
    root.domain = normalizedDomain(domain);
    auto walk = std::make_shared<TreeWalk>(m_resolver.data(), this);
    walk->fromTxt(root, txt, {}, [promise, walk](const SpfTreeNode &tree) {
        promise->addResult(tree);
        promise->finish();
    });
    return promise->future();
}

} // namespace Sceau::Spf
