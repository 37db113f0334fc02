#include "model/audit/checkdiff.h"

#include "model/audit/findingcatalogue.h"
#include "model/audit/tr.h"

#include <QHash>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Sceau::Audit {

namespace {

using Kind = ChangeKind;

// none < quarantine < reject (RFC 9989 §5.3: each asks receivers for more).
int strength(const QString &policy)
{
    static const QStringList order{u"none"_s, u"quarantine"_s, u"reject"_s};
    return int(order.indexOf(policy));
}

Kind byStrength(int from, int to)
{
    return to > from ? Kind::Improvement : to < from ? Kind::Regression : Kind::Neutral;
}

void diffDmarc(const ReportFacts &from, const ReportFacts &to, QList<Change> &changes)
{
    if (!from.dmarcPolicy || !to.dmarcPolicy || *from.dmarcPolicy == *to.dmarcPolicy)
        return;
    if (from.dmarcPolicy->isEmpty())
        changes << Change{
            u"dmarc"_s, u"dmarc.policy-published"_s, {*to.dmarcPolicy}, Kind::Improvement};
    else if (to.dmarcPolicy->isEmpty())
        changes << Change{
            u"dmarc"_s, u"dmarc.policy-removed"_s, {*from.dmarcPolicy}, Kind::Regression};
    else
        changes << Change{u"dmarc"_s,
                          u"dmarc.policy-changed"_s,
                          {*from.dmarcPolicy, *to.dmarcPolicy},
                          byStrength(strength(*from.dmarcPolicy), strength(*to.dmarcPolicy))};
}

void diffSpf(const ReportFacts &from, const ReportFacts &to, QList<Change> &changes)
{
    if (!from.spfKnown || !to.spfKnown || from.spfRecords == to.spfRecords)
        return;
    const QString before = from.spfRecords.join(u" | "_s);
    const QString after = to.spfRecords.join(u" | "_s);
    if (from.spfRecords.isEmpty())
        changes << Change{u"spf"_s, u"spf.record-published"_s, {after}, Kind::Improvement};
    else if (to.spfRecords.isEmpty())
        changes << Change{u"spf"_s, u"spf.record-removed"_s, {before}, Kind::Regression};
    else // whether the new record is better shows in the findings that change with it
        changes << Change{u"spf"_s, u"spf.record-changed"_s, {before, after}, Kind::Neutral};
}

const MxFacts *findMx(const QList<MxFacts> &mx, const QString &exchange)
{
    for (const MxFacts &host : mx) {
        if (host.exchange == exchange)
            return &host;
    }
    return nullptr;
}

void diffMx(const ReportFacts &from, const ReportFacts &to, QList<Change> &changes)
{
    if (!from.mxKnown || !to.mxKnown)
        return;
    for (const MxFacts &host : to.mx) {
        const MxFacts *before = findMx(from.mx, host.exchange);
        if (!before) {
            if (host.startTls == false)
                changes << Change{
                    u"mx"_s, u"mx.added-without-starttls"_s, {host.exchange}, Kind::Regression};
            else
                changes << Change{u"mx"_s, u"mx.added"_s, {host.exchange}, Kind::Neutral};
        } else if (before->startTls && host.startTls && *before->startTls != *host.startTls) {
            changes << (*host.startTls
                            ? Change{u"mx"_s,
                                     u"mx.starttls-gained"_s,
                                     {host.exchange},
                                     Kind::Improvement}
                            : Change{
                                u"mx"_s, u"mx.starttls-lost"_s, {host.exchange}, Kind::Regression});
        }
    }
    for (const MxFacts &host : from.mx) {
        if (!findMx(to.mx, host.exchange))
            changes << Change{u"mx"_s, u"mx.removed"_s, {host.exchange}, Kind::Neutral};
    }
}

void diffDkim(const ReportFacts &from, const ReportFacts &to, QList<Change> &changes)
{
    for (const DkimFacts &after : to.dkim) {
        const auto before
            = std::find_if(from.dkim.cbegin(), from.dkim.cend(), [&](const DkimFacts &d) {
                  return d.selector == after.selector;
              });
        if (before == from.dkim.cend() || !before->known || !after.known
            || before->records == after.records)
            continue;
        const QStringList selector{after.selector};
        if (after.revoked && !before->revoked)
            // A revocation may end a rotation as planned: the findings say if it hurts.
            changes << Change{u"dkim"_s, u"dkim.key-revoked"_s, selector, Kind::Neutral};
        else if (before->records.isEmpty() || (before->revoked && !after.records.isEmpty()))
            changes << Change{u"dkim"_s, u"dkim.key-published"_s, selector, Kind::Improvement};
        else if (after.records.isEmpty())
            changes << Change{u"dkim"_s, u"dkim.key-removed"_s, selector, Kind::Regression};
        else
            changes << Change{u"dkim"_s, u"dkim.key-changed"_s, selector, Kind::Neutral};
    }
}

// The findings compared: posture findings that say more than "it passed".
QList<Finding> compared(const QList<Finding> &findings)
{
    QList<Finding> kept;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Ok && !isCouldNotCheck(f))
            kept << f;
    }
    return kept;
}

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.id == b.id && a.args == b.args;
}

void diffFindings(const ReportFacts &from, const ReportFacts &to, QList<Change> &changes)
{
    const QList<Finding> before = compared(from.findings);
    const QList<Finding> after = compared(to.findings);
    auto contains = [](const QList<Finding> &list, const Finding &f) {
        return std::any_of(
            list.cbegin(), list.cend(), [&](const Finding &g) { return sameFinding(f, g); });
    };
    for (const Finding &f : after) {
        if (!contains(before, f))
            changes << Change{u"findings"_s,
                              u"finding.appeared"_s,
                              QStringList{f.id} + f.args,
                              f.severity == Severity::Info ? Kind::Neutral : Kind::Regression};
    }
    for (const Finding &f : before) {
        if (!contains(after, f))
            changes << Change{u"findings"_s,
                              u"finding.disappeared"_s,
                              QStringList{f.id} + f.args,
                              f.severity == Severity::Info ? Kind::Neutral : Kind::Improvement};
    }
}

} // namespace

QList<Change> diffChecks(const ReportFacts &from, const ReportFacts &to)
{
    if (from == to) // nothing changed, whatever could not be checked in both
        return {};
    QList<Change> changes;
    diffDmarc(from, to, changes);
    diffSpf(from, to, changes);
    diffMx(from, to, changes);
    diffDkim(from, to, changes);
    diffFindings(from, to, changes);
    if (from.score && to.score && *from.score != *to.score) // a missing score is no change
        changes << Change{u"score"_s,
                          u"score.changed"_s,
                          {QString::number(*from.score), QString::number(*to.score)},
                          byStrength(*from.score, *to.score)};
    if (!from.complete || !to.complete)
        changes << Change{u"check"_s, u"check.incomplete"_s, {}, Kind::Neutral};
    return changes;
}

QList<Change> diffChecks(const AuditReport &from, const AuditReport &to)
{
    return diffChecks(factsOf(from), factsOf(to));
}

QString changeText(const Change &change)
{
    using Text = std::function<QString(const QStringList &)>;
    const auto findingTitle = [](const QStringList &a) {
        return FindingCatalogue::text(Finding{a.value(0), Severity::Info, a.mid(1), {}}).title;
    };
    static const QHash<QString, Text> texts = {
        //: %1 and %2 DMARC policy tokens (none, quarantine, reject), never translated
        {u"dmarc.policy-changed"_s,
         [](const QStringList &a) {
             return Tr::tr("DMARC moved from %1 to %2").arg(a.value(0), a.value(1));
         }},
        {u"dmarc.policy-published"_s,
         [](const QStringList &a) {
             //: %1 a DMARC policy token (none, quarantine, reject)
             return Tr::tr("A DMARC policy is now published (%1)").arg(a.value(0));
         }},
        {u"dmarc.policy-removed"_s,
         [](const QStringList &a) {
             //: %1 a DMARC policy token (none, quarantine, reject)
             return Tr::tr("The DMARC policy is gone (it was %1)").arg(a.value(0));
         }},
        {u"spf.record-changed"_s,
         [](const QStringList &a) {
             //: %1 the old SPF record, %2 the new one
             return Tr::tr("SPF record changed: %1 → %2").arg(a.value(0), a.value(1));
         }},
        {u"spf.record-published"_s,
         [](const QStringList &a) { return Tr::tr("SPF record published: %1").arg(a.value(0)); }},
        {u"spf.record-removed"_s,
         [](const QStringList &a) {
             return Tr::tr("SPF record removed (it was %1)").arg(a.value(0));
         }},
        {u"mx.added"_s, [](const QStringList &a) { return Tr::tr("New MX %1").arg(a.value(0)); }},
        {u"mx.added-without-starttls"_s,
         [](const QStringList &a) { return Tr::tr("New MX %1 without STARTTLS").arg(a.value(0)); }},
        {u"mx.removed"_s,
         [](const QStringList &a) { return Tr::tr("MX %1 removed").arg(a.value(0)); }},
        {u"mx.starttls-lost"_s,
         [](const QStringList &a) {
             return Tr::tr("MX %1 no longer offers STARTTLS").arg(a.value(0));
         }},
        {u"mx.starttls-gained"_s,
         [](const QStringList &a) { return Tr::tr("MX %1 now offers STARTTLS").arg(a.value(0)); }},
        {u"dkim.key-revoked"_s,
         [](const QStringList &a) {
             //: %1 a DKIM selector; revoked: its record has an empty p=
             return Tr::tr("DKIM key %1 revoked").arg(a.value(0));
         }},
        {u"dkim.key-published"_s,
         [](const QStringList &a) { return Tr::tr("DKIM key %1 published").arg(a.value(0)); }},
        {u"dkim.key-removed"_s,
         [](const QStringList &a) {
             return Tr::tr("DKIM key %1 no longer published").arg(a.value(0));
         }},
        {u"dkim.key-changed"_s,
         [](const QStringList &a) { return Tr::tr("DKIM key %1 changed").arg(a.value(0)); }},
        {u"finding.appeared"_s,
         [findingTitle](const QStringList &a) {
             //: %1 the title of a finding
             return Tr::tr("New: %1").arg(findingTitle(a));
         }},
        {u"finding.disappeared"_s,
         [findingTitle](const QStringList &a) {
             //: %1 the title of a finding
             return Tr::tr("Resolved: %1").arg(findingTitle(a));
         }},
        {u"score.changed"_s,
         [](const QStringList &a) {
             //: %1 and %2 scores out of 100
             return Tr::tr("Score moved from %1 to %2").arg(a.value(0), a.value(1));
         }},
        {u"check.incomplete"_s,
         [](const QStringList &) {
             return Tr::tr("Some lookups failed in one of the two checks: what they would have "
                           "shown is not compared");
         }},
    };
    const auto text = texts.constFind(change.id);
    return text == texts.cend() ? change.id : (*text)(change.args);
}

} // namespace Sceau::Audit
