#include "model/spf/draftresolver.h"

#include "model/spf/spfrecordselection.h"
#include "model/spf/tr.h"

namespace Sceau::Spf {

DraftResolver::DraftResolver(Dns::Resolver *upstream, QObject *parent)
    : Resolver(parent)
    , m_upstream(upstream)
{
}

void DraftResolver::setDraft(const QString &domain, const QStringList &strings)
{
    m_domain = normalizedDomain(domain);
    m_strings = strings;
}

Dns::LookupResult DraftResolver::draftAnswer() const
{
    Dns::LookupResult result;
    result.name = m_domain;
    result.type = Dns::RrType::TXT;
    result.status = Dns::LookupStatus::Answer;
    result.rcode = 0;
    result.authoritative = true;
    result.server = QStringLiteral("draft");
    Dns::ResourceRecord record;
    record.owner = m_domain;
    record.type = Dns::RrType::TXT;
    record.ttl = 3600;
    for (const QString &string : m_strings) {
        record.txtStrings << string.toLatin1();
        record.rdata << u'"' + string + u'"';
    }
    result.records << record;
    result.answerSection << record;
    return result;
}

QFuture<Dns::LookupResult> DraftResolver::lookup(const QString &name, Dns::RrType type)
{
    if (type == Dns::RrType::TXT && normalizedDomain(name) == m_domain && !m_domain.isEmpty())
        return QtFuture::makeReadyFuture(draftAnswer());
    if (m_upstream)
        return m_upstream->lookup(name, type);
    Dns::LookupResult failed;
    failed.name = name;
    failed.type = type;
    failed.status = Dns::LookupStatus::NetworkError;
    failed.detail = Tr::tr("no DNS resolver is set up");
    return QtFuture::makeReadyFuture(failed);
}

} // namespace Sceau::Spf
