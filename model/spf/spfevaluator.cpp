#include "model/spf/spfevaluator.h"

#include "model/spf/checkhostsession.h"

#include <QDateTime>
#include <QPromise>

namespace Sceau::Spf {

namespace {

// §4.3: the <sender> with "postmaster" for a missing local-part; empty MAIL FROM uses HELO.
MacroContext contextFor(const CheckRequest &request)
{
    MacroContext context;
    QString sender = request.sender.trimmed();
    if (sender.isEmpty())
        sender = QStringLiteral("postmaster@") + request.helo;
    const qsizetype at = sender.lastIndexOf(u'@');
    context.localPart = at < 0 ? QString() : sender.left(at);
    context.senderDomain = at < 0 ? sender : sender.mid(at + 1);
    if (context.localPart.isEmpty())
        context.localPart = QStringLiteral("postmaster");
    context.sender = context.localPart + u'@' + context.senderDomain;
    context.helo = request.helo;
    // RFC 4291 §2.5.5.2: an IPv4-mapped IPv6 client is the IPv4 client.
    bool mapped = false;
    const quint32 v4 = request.ip.toIPv4Address(&mapped);
    context.ip = mapped ? QHostAddress(v4) : request.ip;
    context.timestamp = QDateTime::currentSecsSinceEpoch();
    return context;
}

} // namespace

SpfEvaluator::SpfEvaluator(Dns::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

QString SpfEvaluator::identityDomain(const CheckRequest &request)
{
    return contextFor(request).senderDomain;
}

QFuture<Evaluation> SpfEvaluator::evaluate(const CheckRequest &request)
{
    const MacroContext context = contextFor(request);
    return start(context, context.senderDomain);
}

QFuture<Evaluation> SpfEvaluator::evaluateHelo(const CheckRequest &request)
{
    return evaluate(CheckRequest{request.ip, QString(), request.helo});
}

QFuture<Evaluation> SpfEvaluator::checkHost(const CheckRequest &request, const QString &domain)
{
    return start(contextFor(request), domain);
}

QFuture<Evaluation> SpfEvaluator::start(const MacroContext &context, const QString &domain)
{
    auto promise = std::make_shared<QPromise<Evaluation>>();
    QFuture<Evaluation> future = promise->future();
    promise->start();
    auto session = std::make_shared<CheckHostSession>(m_resolver.data(), this, context, m_records);
    session->checkHost(domain, [promise, session](Evaluation evaluation) {
        evaluation.lookups = session->lookups();
        evaluation.voidLookups = session->voidLookups();
        promise->addResult(evaluation);
        promise->finish();
    });
    return future;
}

} // namespace Sceau::Spf
