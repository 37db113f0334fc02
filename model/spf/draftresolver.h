#pragma once

#include "model/dns/resolver.h"

#include <QPointer>
#include <QStringList>

namespace Sceau {
namespace Spf {

// A "what-if" resolver for a draft SPF record: the TXT question for the draft's domain is
// answered with the draft (as if published); every other question goes to the real resolver,
// so the domain's MX hosts and the included services are the live ones.
class DraftResolver final : public Dns::Resolver
{
    Q_OBJECT
public:
    DraftResolver(Dns::Resolver *upstream, QObject *parent = nullptr);

    void setDraft(const QString &domain, const QStringList &strings);
    // The real resolver from now on (e.g. after the user changed the resolver settings);
    // lookups already sent stay with the old one.
    void setUpstream(Dns::Resolver *upstream) { m_upstream = upstream; }
    QFuture<Dns::LookupResult> lookup(const QString &name, Dns::RrType type) override;

    // The draft as a TXT answer, for SpfValidator::validate(domain, txt).
    Dns::LookupResult draftAnswer() const;

private:
    QPointer<Dns::Resolver> m_upstream;
    QString m_domain;
    QStringList m_strings;
};

} // namespace Spf
} // namespace Sceau
