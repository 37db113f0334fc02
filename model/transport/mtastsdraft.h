#pragma once

#include "model/transport/mtastscheck.h"
#include "model/transport/mtastspolicy.h"

#include <QDateTime>

#include <optional>

namespace Sceau {
namespace Transport {

// A domain's MTA-STS policy being written (what the wizard edits), next to what is published:
// the texts to publish come from here, so the GUI only composes.
struct MtaStsDraft
{
    QString domain;
    MtaStsPolicy policy;
    std::optional<MtaStsPolicy> published; // the policy served now, when it could be read
    QString publishedId;                   // the _mta-sts record's id now, when valid

    // A draft from a check: the published policy when there is one; otherwise mode testing,
    // one exact pattern per MX host (by preference), max_age one week.
    static MtaStsDraft fromCheck(const MtaStsCheck &check);

    // RFC 8461 §3.1: the id changes whenever the policy does. The published id while the policy
    // equals the published one; otherwise nextMtaStsId(changedAt, publishedId).
    bool changed() const { return !published || *published != policy || publishedId.isEmpty(); }
    QString id(const QDateTime &changedAt) const;

    QByteArray policyText() const { return mtaStsPolicyText(policy); }
    QString policyUrl() const; // where the file must be served
    // "_mta-sts.<domain>. TTL IN TXT \"v=STSv1; id=…\"" for a zone file.
    QString recordZoneLine(const QDateTime &changedAt, int ttl = 3600) const;

    // The step after the published mode (RFC 8461 §5): none or nothing published → testing;
    // testing → enforce, once every MX host is covered (mxHosts); enforce stays.
    MtaStsMode suggestedMode(const QStringList &mxHosts) const;
};

// "_smtp._tls.<domain>. TTL IN TXT \"v=TLSRPTv1; rua=…\"" for the URIs (tlsRptRecordText).
QString tlsRptZoneLine(const QString &domain, const QStringList &uris, int ttl = 3600);

} // namespace Transport
} // namespace Sceau
