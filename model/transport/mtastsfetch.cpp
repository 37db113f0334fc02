#include "model/transport/mtastsfetch.h"

#include "model/transport/mtastspolicy.h"

namespace Sceau::Transport {

QString mtaStsPolicyHost(const QString &domain)
{
    return QStringLiteral("mta-sts.") + domain;
}

QFuture<MtaStsFetch>
fetchMtaStsPolicy(Dns::Resolver *resolver, const QString &domain, const TransportSettings &settings)
{
    HttpsRequest request;
    request.host = mtaStsPolicyHost(domain);
    // RFC 8461 §3.3: the policy lives at this well-known path; §3.2: served as text/plain.
    request.path = QStringLiteral("/.well-known/mta-sts.txt");
    request.accept = {QByteArrayLiteral("text/plain")};
    request.maxBody = MaxMtaStsPolicySize;
    return fetchHttps(resolver, request, settings);
}

} // namespace Sceau::Transport
