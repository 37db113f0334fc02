#pragma once

#include "model/dns/resolver.h"
#include "model/spf/macrostring.h"
#include "model/spf/parsedrecords.h"
#include "model/spf/spfresult.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Sceau {
namespace Spf {

// RFC 7208 §4 check_host(), asynchronous on a Dns::Resolver: no thread, no blocking wait.
// The future finishes on this object's thread; it is canceled if the evaluator is destroyed
// first. Independent lookups (MX hosts, PTR names) run concurrently.
class SpfEvaluator final : public QObject
{
    Q_OBJECT
public:
    explicit SpfEvaluator(Dns::Resolver *resolver, QObject *parent = nullptr);

    // The MAIL FROM identity, or postmaster@helo when the sender is empty (§2.4, §4.3).
    QFuture<Evaluation> evaluate(const CheckRequest &request);
    // The HELO identity (§2.3): check_host(<ip>, <helo>, postmaster@<helo>).
    QFuture<Evaluation> evaluateHelo(const CheckRequest &request);
    // check_host() for an explicit domain.
    QFuture<Evaluation> checkHost(const CheckRequest &request, const QString &domain);

    // The domain evaluate() checks for a request: the sender's domain, or the HELO name.
    static QString identityDomain(const CheckRequest &request);

private:
    QFuture<Evaluation> start(const MacroContext &context, const QString &domain);

    QPointer<Dns::Resolver> m_resolver;
    std::shared_ptr<ParsedRecords> m_records = std::make_shared<ParsedRecords>();
};

} // namespace Spf
} // namespace Sceau
