#include "model/dmarc/dmarcdiscovery.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"

#include <QPromise>

#include <algorithm>

namespace Sceau::Dmarc {

namespace {

// One walk on the wire. Every name of the walk is known from the domain alone, so all its
// questions (at most 8, RFC 9989 §4.10) go out at once: the walk costs one round trip, not
// one per label. The answers are then taken in the walk's order, and the walk ends where
// §4.10 ends it (walkStops) — answers after that point are never used, so the steps, the
// policy and the Organizational Domain are those of a walk asked one name at a time.
class Walk final : public QObject
{
public:
    Walk(Dns::Resolver *resolver, const QString &domain)
        : QObject(resolver)
        , m_domain(domain)
        , m_names(walkDomains(domain))
    {
        m_answers.resize(m_names.size());
        m_lookups.reserve(m_names.size());
        for (const QString &name : std::as_const(m_names))
            m_lookups << resolver->lookup(QStringLiteral("_dmarc.") + name, Dns::RrType::TXT);
    }

    QFuture<Discovery> start()
    {
        m_promise.start();
        QFuture<Discovery> future = m_promise.future();
        for (qsizetype i = 0; i < m_lookups.size(); ++i) {
            onResult(m_lookups.at(i), this, [this, i](const Dns::LookupResult &lookup) {
                m_answers[i] = lookup;
                advance();
            });
        }
        advance(); // no name at all: nothing to wait for
        return future;
    }

private:
    // Takes the answers in the walk's order, as far as they have come back; decides once the
    // walk stops or has every answer.
    void advance()
    {
        if (m_done)
            return;
        bool stopped = false;
        while (!stopped && m_steps.size() < m_names.size() && m_answers.at(m_steps.size())) {
            const qsizetype at = m_steps.size();
            m_steps << walkStep(m_names.at(at), *m_answers.at(at));
            stopped = walkStops(m_steps.last());
        }
        if (!stopped && m_steps.size() < m_names.size())
            return; // the next answer in the walk's order is still on the wire
        m_done = true;
        m_promise.addResult(decide(m_domain, m_steps));
        m_promise.finish();
        deleteLater();
    }

    QString m_domain;
    QStringList m_names;
    QList<QFuture<Dns::LookupResult>> m_lookups;
    QList<std::optional<Dns::LookupResult>> m_answers; // by position in the walk
    QList<WalkStep> m_steps;
    QPromise<Discovery> m_promise;
    bool m_done = false;
};

int labelCount(const QString &domain)
{
    return int(domain.count(u'.')) + 1;
}

// The last count labels of domain.
QString lastLabels(const QString &domain, int count)
{
    return domain.section(u'.', -count);
}

} // namespace

QStringList walkDomains(const QString &domain)
{
    if (domain.isEmpty())
        return {};
    QStringList names{domain};
    for (int labels = std::min(labelCount(domain) - 1, MaxWalkLabels); labels >= 1; --labels)
        names << lastLabels(domain, labels);
    return names;
}

WalkStep walkStep(const QString &domain, const Dns::LookupResult &lookup)
{
    WalkStep step{domain, lookup, {}, std::nullopt};
    if (lookup.failed())
        return step;
    for (const Dns::ResourceRecord &record : lookup.records) {
        const QByteArray text = record.txtJoined();
        if (isDmarcRecord(text)) // RFC 9989 §4.10 step 2: other TXT values are discarded
            step.records << text;
    }
    if (step.records.size() == 1)
        step.record = parseRecord(step.records.first());
    return step;
}

bool walkStops(const WalkStep &step)
{
    return step.lookup.failed()
           || (step.hasPolicy() && step.record->effective.psd != PsdFlag::Unknown);
}

Discovery decide(const QString &domain, QList<WalkStep> steps)
{
    Discovery discovery;
    discovery.domain = domain;
    discovery.steps = std::move(steps);
    for (int i = 0; i < discovery.steps.size(); ++i) {
        const WalkStep &step = discovery.steps.at(i);
        if (step.lookup.failed()) {
            discovery.failedStep = i;
            break;
        }
        if (step.hasPolicy() && discovery.policyStep < 0)
            discovery.policyStep = i; // §4.10.1: the first record found
    }
    if (!discovery.complete())
        return discovery; // the Organizational Domain needs the whole walk
    QString fewest;
    for (const WalkStep &step : std::as_const(discovery.steps)) {
        if (!step.hasPolicy())
            continue;
        const PsdFlag psd = step.record->effective.psd;
        if (psd == PsdFlag::No) {
            discovery.orgDomain = step.domain;
            return discovery;
        }
        if (psd == PsdFlag::Yes) {
            discovery.orgDomain
                = step.domain == domain ? domain : lastLabels(domain, labelCount(step.domain) + 1);
            return discovery;
        }
        fewest = step.domain; // steps go from most labels to fewest
    }
    discovery.orgDomain = fewest.isEmpty() ? domain : fewest;
    return discovery;
}

QFuture<Discovery> discover(Dns::Resolver *resolver, const QString &domain)
{
    return (new Walk(resolver, domain))->start();
}

} // namespace Sceau::Dmarc
