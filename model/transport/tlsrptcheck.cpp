#include "model/transport/tlsrptcheck.h"

#include "model/core/async.h"
#include "model/dns/lookupfinding.h"
#include "model/dns/resolver.h"
#include "model/transport/tr.h"

#include <QPromise>

#include <algorithm>
#include <memory>

namespace Sceau::Transport {

bool TlsRptCheck::incomplete() const
{
    return std::any_of(findings.cbegin(), findings.cend(), isCouldNotCheck);
}

QList<Finding> tlsRptFindings(const QString &domain,
                              const Dns::LookupResult &lookup,
                              const TlsRptRecordSelection &record)
{
    using State = TlsRptRecordSelection::State;
    const QString rfc = QStringLiteral("RFC 8460 §3");
    if (lookup.failed())
        return {Dns::lookupFailedFinding(lookup)};
    switch (record.state) {
    case State::Absent:
        return {Finding{TlsRptId::NoRecord, Severity::Info, {domain}, rfc}};
    case State::Multiple:
        return {Finding{TlsRptId::MultipleRecords,
                        Severity::Error,
                        {domain, QString::fromUtf8(record.text)},
                        rfc}};
    case State::Invalid:
        return {Finding{TlsRptId::InvalidRecord,
                        Severity::Error,
                        {QString::fromUtf8(record.text), record.error},
                        rfc}};
    case State::Valid:
        break;
    }
    QList<Finding> findings;
    for (const QString &uri : record.record.unsupported)
        findings << Finding{TlsRptId::UnsupportedUri, Severity::Warning, {uri}, rfc};
    findings << Finding{
        TlsRptId::RecordValid, Severity::Ok, {record.record.rua.join(QStringLiteral(", "))}, rfc};
    return findings;
}

QFuture<TlsRptCheck> checkTlsRpt(Dns::Resolver *resolver, const QString &domain)
{
    const QString name = QStringLiteral("_smtp._tls.") + domain;
    return resolver->lookup(name, Dns::RrType::TXT).then([domain](const Dns::LookupResult &lookup) {
        TlsRptCheck check;
        check.domain = domain;
        check.lookup = lookup;
        QList<QByteArray> values;
        for (const Dns::ResourceRecord &record : lookup.records)
            values << record.txtJoined();
        if (!lookup.failed())
            check.record = selectTlsRptRecord(values);
        check.findings = tlsRptFindings(domain, lookup, check.record);
        return check;
    });
}

std::optional<FindingText> tlsRptFindingText(const Finding &f)
{
    const auto a = [&f](int i) { return f.args.value(i); };
    if (f.id == TlsRptId::NoRecord)
        return FindingText{
            //: %1 a domain; TLS-RPT is a protocol name
            Tr::tr("No TLS-RPT record for %1").arg(a(0)),
            Tr::tr("Senders do not tell %1 when they fail to deliver over TLS, so "
                   "MTA-STS or DANE problems go unseen.")
                .arg(a(0)),
            Tr::tr("Publish \"v=TLSRPTv1; rua=mailto:…\" at _smtp._tls.%1.").arg(a(0))};
    if (f.id == TlsRptId::MultipleRecords)
        return FindingText{Tr::tr("Several TLS-RPT records for %1").arg(a(0)),
                           //: %1 the records as published
                           Tr::tr("More than one TXT record begins with v=TLSRPTv1 (%1): senders "
                                  "then send no reports.")
                               .arg(a(1)),
                           Tr::tr("Keep exactly one v=TLSRPTv1 record at _smtp._tls.")};
    if (f.id == TlsRptId::InvalidRecord)
        return FindingText{Tr::tr("Invalid TLS-RPT record"),
                           //: %1 the record, %2 the reason
                           Tr::tr("The record \"%1\" cannot be used: %2.").arg(a(0), a(1)),
                           Tr::tr("Write it as \"v=TLSRPTv1; rua=\" followed by mailto: or "
                                  "https: addresses, separated by commas.")};
    if (f.id == TlsRptId::UnsupportedUri)
        return FindingText{
            Tr::tr("Unusable TLS-RPT address %1").arg(a(0)),
            Tr::tr("Senders only use mailto: and https: addresses; %1 is ignored.").arg(a(0)),
            Tr::tr("Replace it with a mailto: or https: address.")};
    if (f.id == TlsRptId::RecordValid)
        return FindingText{//: %1 the report addresses
                           Tr::tr("TLS reports go to %1").arg(a(0)),
                           {},
                           {}};
    return std::nullopt;
}

} // namespace Sceau::Transport
