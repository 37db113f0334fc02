#include "model/transport/mtastsdraft.h"

#include "model/transport/mtastsfetch.h"
#include "model/transport/mtastsrecord.h"
#include "model/transport/tlsrptrecord.h"

namespace Sceau::Transport {

namespace {
constexpr qint64 OneWeek = 604800;

QString txtZoneLine(const QString &name, const QString &text, int ttl)
{
    return QStringLiteral("%1. %2 IN TXT \"%3\"").arg(name).arg(ttl).arg(text);
}
} // namespace

MtaStsDraft MtaStsDraft::fromCheck(const MtaStsCheck &check)
{
    MtaStsDraft draft;
    draft.domain = check.domain;
    if (check.record.state == MtaStsRecordSelection::State::Valid)
        draft.publishedId = check.record.record.id;
    draft.published = check.policy;
    if (check.policy) {
        draft.policy = *check.policy;
        draft.policy.ignoredFields.clear();
        draft.published->ignoredFields.clear();
    } else {
        draft.policy.mode = MtaStsMode::Testing;
        draft.policy.mx = check.mxHosts.mid(0, MaxMtaStsPatterns);
        draft.policy.maxAge = OneWeek;
    }
    return draft;
}

QString MtaStsDraft::id(const QDateTime &changedAt) const
{
    return changed() ? nextMtaStsId(changedAt, publishedId) : publishedId;
}

QString MtaStsDraft::policyUrl() const
{
    return QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(mtaStsPolicyHost(domain));
}

QString MtaStsDraft::recordZoneLine(const QDateTime &changedAt, int ttl) const
{
    return txtZoneLine(QStringLiteral("_mta-sts.") + domain, mtaStsRecordText(id(changedAt)), ttl);
}

MtaStsMode MtaStsDraft::suggestedMode(const QStringList &mxHosts) const
{
    if (!published || published->mode == MtaStsMode::None)
        return MtaStsMode::Testing;
    if (published->mode == MtaStsMode::Enforce)
        return MtaStsMode::Enforce;
    for (const QString &host : mxHosts) {
        if (matchingPattern(host, policy.mx).isEmpty())
            return MtaStsMode::Testing;
    }
    return MtaStsMode::Enforce;
}

QString tlsRptZoneLine(const QString &domain, const QStringList &uris, int ttl)
{
    return txtZoneLine(QStringLiteral("_smtp._tls.") + domain, tlsRptRecordText(uris), ttl);
}

} // namespace Sceau::Transport
