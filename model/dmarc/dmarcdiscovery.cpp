#include "model/dmarc/dmarcdiscovery.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"

#include <QPointer>
#include <QPromise>

#include <algorithm>

namespace Sceau::Dmarc {

namespace {

// One walk on the wire: asks the next name when the last answer came back.
class Walk final : public QObject
{
public:
    Walk(Dns::Resolver *resolver, const QString &domain)
        : QObject(resolver)
        , m_resolver(resolver)
        , m_domain(domain)
        , m_names(walkDomains(domain))
    {
    }

    QFuture<Discovery> start()
    {
        m_promise.start();
        QFuture<Discovery> future = m_promise.future();
        next();
        return future;
    }

private:
    void next()
    {
        if (m_steps.size() >= m_names.size() || (!m_steps.isEmpty() && walkStops(m_steps.last()))) {
            m_promise.addResult(decide(m_domain, m_steps));
            m_promise.finish();
            deleteLater();
            return;
        }
        const QString domain = m_names.at(m_steps.size());
        onResult(m_resolver->lookup(QStringLiteral("_dmarc.") + domain, Dns::RrType::TXT),
                 this,
                 [this, domain](const Dns::LookupResult &lookup) {
                     m_steps << walkStep(domain, lookup);
                     next();
                 });
    }

    QPointer<Dns::Resolver> m_resolver;
    QString m_domain;
    QStringList m_names;
    QList<WalkStep> m_steps;
    QPromise<Discovery> m_promise;
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
