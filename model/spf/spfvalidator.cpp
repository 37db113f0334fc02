#include "model/spf/spfvalidator.h"

#include "model/core/async.h"
#include "model/dns/textescape.h"
#include "model/spf/spffindings.h"
#include "model/spf/spflimits.h"
#include "model/spf/spfrecord.h"
#include "model/spf/spfrecordselection.h"
#include "model/spf/spftreebuilder.h"
#include "model/spf/tr.h"

#include <QPromise>
#include <memory>

namespace Sceau::Spf {

using Dns::LookupResult;

namespace {

constexpr int MaxStringLength = 255; // RFC 1035 §3.3: <character-string>
constexpr int MaxUdpAnswer = 512;    // §3.4

Finding finding(const QString &id, Severity severity, const QStringList &args, const QString &rfc)
{
    return Finding{id, severity, args, rfc};
}

// Wire size of the TXT answer, without name compression beyond the owner (RFC 1035 §4.1).
int estimatedAnswerSize(const QString &domain, const LookupResult &txt)
{
    const int question = int(domain.toUtf8().size()) + 2 + 4;
    int size = 12 + question;
    for (const Dns::ResourceRecord &record : txt.records) {
        size += 2 + 10; // compressed owner, type, class, TTL, RDLENGTH
        for (const QByteArray &string : record.txtStrings)
            size += 1 + int(string.size());
    }
    return size;
}

} // namespace

SpfValidator::SpfValidator(Dns::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

QList<Finding> SpfValidator::recordFindings(const QString &domain, const QString &text)
{
    if (const auto error = SpfRecord::syntaxError(text))
        return {
            finding(FindingId::SyntaxError,
                    Severity::Error,
                    {domain, Dns::escapeLatin1Text(error->term), QString::number(error->position)},
                    QStringLiteral("RFC 7208 §4.6"))};
    QList<Finding> findings;
    const SpfRecord record = *SpfRecord::parse(text);
    std::optional<Term> all;
    for (const Term &term : record.terms()) {
        if (term.kind == TermKind::All && !all)
            all = term;
        if (term.kind != TermKind::All && term.authorisesEveryAddress())
            findings << finding(FindingId::WholeAddressSpace,
                                Severity::Error,
                                {domain, term.toText()},
                                QStringLiteral("RFC 7208 §5.6"));
        if (term.kind == TermKind::Ptr)
            findings << finding(FindingId::PtrUsed,
                                Severity::Warning,
                                {domain, term.toText()},
                                QStringLiteral("RFC 7208 §5.5"));
    }
    if (all && all->qualifier == Qualifier::Pass)
        findings << finding(
            FindingId::AllPass, Severity::Error, {domain}, QStringLiteral("RFC 7208 §5.1"));
    else if (all && all->qualifier == Qualifier::Neutral)
        findings << finding(
            FindingId::AllNeutral, Severity::Warning, {domain}, QStringLiteral("RFC 7208 §5.1"));
    else if (!all && !record.redirect())
        findings << finding(
            FindingId::NoAll, Severity::Warning, {domain}, QStringLiteral("RFC 7208 §4.7"));
    return findings;
}

QList<Finding> SpfValidator::publicationFindings(const Publication &publication)
{
    const QString &domain = publication.domain;
    const LookupResult &txt = publication.txt;
    if (publication.state == Publication::State::LookupFailed)
        return {lookupFailed({QString(), domain, Dns::RrType::TXT, txt.status, txt.detail})};
    QList<Finding> findings;
    const QStringList &records = publication.records;
    if (records.isEmpty())
        findings << finding(
            FindingId::Missing, Severity::Error, {domain}, QStringLiteral("RFC 7208 §4.5"));
    else if (records.size() > 1)
        findings << finding(FindingId::MultipleRecords,
                            Severity::Error,
                            {domain, QString::number(records.size())},
                            QStringLiteral("RFC 7208 §4.5"));
    for (const Dns::ResourceRecord &record : txt.records) {
        const QString text = QString::fromLatin1(record.txtJoined());
        if (text.startsWith(QStringLiteral("spf2.0/"), Qt::CaseInsensitive))
            findings << finding(FindingId::Spf2Record,
                                Severity::Info,
                                {domain, Dns::escapeLatin1Text(text)},
                                QStringLiteral("RFC 6686"));
        if (!SpfRecord::isSpfRecord(text))
            continue;
        // RFC 7208 §3.3: each string as published counts, not the concatenation.
        for (const QByteArray &string : record.txtStrings) {
            if (string.size() > MaxStringLength)
                findings << finding(FindingId::StringTooLong,
                                    Severity::Error,
                                    {domain, QString::number(string.size())},
                                    QStringLiteral("RFC 7208 §3.3"));
        }
    }
    const int size = estimatedAnswerSize(domain, txt);
    if (!records.isEmpty() && (size > MaxUdpAnswer || txt.viaTcp))
        findings << finding(FindingId::AnswerOver512,
                            Severity::Warning,
                            {domain, QString::number(size)},
                            QStringLiteral("RFC 7208 §3.4"));
    return findings;
}

QList<Finding> SpfValidator::treeFindings(const SpfTreeNode &tree)
{
    QList<Finding> findings;
    if (tree.totalLookups > MaxLookups)
        findings << finding(
            FindingId::LookupLimit,
            Severity::Error,
            {QString::number(tree.totalLookups), tree.queryingTerms().join(QStringLiteral(", "))},
            QStringLiteral("RFC 7208 §4.6.4"));
    const QStringList voids = tree.allVoidTerms();
    if (voids.size() > MaxVoidLookups)
        findings << finding(FindingId::VoidLimit,
                            Severity::Error,
                            {QString::number(voids.size()), voids.join(QStringLiteral(", "))},
                            QStringLiteral("RFC 7208 §4.6.4"));
    // Problems of the records below the root. passing: every term on the way here is a pass
    // include or a redirect, so a term of the child matching everyone passes everyone.
    std::function<void(const SpfTreeNode &, bool)> visit = [&](const SpfTreeNode &node,
                                                               bool passing) {
        for (const SpfTreeNode &child : node.children) {
            const bool childPassing = passing
                                      && (child.via.startsWith(QStringLiteral("include:"))
                                          || child.via.startsWith(QStringLiteral("redirect=")));
            if (const auto parsed = SpfRecord::parse(child.record); parsed && childPassing) {
                for (const Term &term : parsed->terms()) {
                    if (term.authorisesEveryAddress())
                        findings << finding(FindingId::WholeAddressSpace,
                                            Severity::Error,
                                            {child.domain, term.toText()},
                                            QStringLiteral("RFC 7208 §5.2"));
                }
            }
            switch (child.state) {
            case SpfTreeNode::State::NoRecord:
                findings << finding(FindingId::IncludeWithoutSpf,
                                    Severity::Error,
                                    {child.domain, child.via},
                                    QStringLiteral("RFC 7208 §5.2"));
                break;
            case SpfTreeNode::State::Loop:
                findings << finding(FindingId::IncludeLoop,
                                    Severity::Error,
                                    {child.detail},
                                    QStringLiteral("RFC 7208 §5.2"));
                break;
            case SpfTreeNode::State::SyntaxError: {
                const auto error = SpfRecord::syntaxError(child.record);
                findings << finding(FindingId::SyntaxError,
                                    Severity::Error,
                                    {child.domain,
                                     error ? Dns::escapeLatin1Text(error->term) : QString(),
                                     error ? QString::number(error->position) : QString()},
                                    QStringLiteral("RFC 7208 §4.6"));
                break;
            }
            case SpfTreeNode::State::MultipleRecords:
                findings << finding(
                    FindingId::MultipleRecords,
                    Severity::Error,
                    {child.domain, QString::number(child.detail.count(QStringLiteral(" | ")) + 1)},
                    QStringLiteral("RFC 7208 §4.5"));
                break;
            default:
                break;
            }
            for (const QString &ptr : child.ptrTerms)
                findings << finding(FindingId::PtrUsed,
                                    Severity::Warning,
                                    {child.domain, ptr},
                                    QStringLiteral("RFC 7208 §5.5"));
            visit(child, childPassing);
        }
    };
    visit(tree, true);
    return findings;
}

QList<LookupFailure> SpfValidator::distinctFailures(const SpfTreeNode &tree)
{
    QList<LookupFailure> distinct;
    for (const LookupFailure &failure : tree.allFailures()) {
        const bool known
            = std::any_of(distinct.cbegin(), distinct.cend(), [&](const LookupFailure &seen) {
                  return seen.name == failure.name && seen.type == failure.type;
              });
        if (!known)
            distinct << failure;
    }
    return distinct;
}

QFuture<SpfValidation> SpfValidator::validate(const QString &domain)
{
    const QString name = normalizedDomain(domain);
    if (!m_resolver) {
        LookupResult none;
        none.name = name;
        none.type = Dns::RrType::TXT;
        none.status = Dns::LookupStatus::NetworkError;
        none.detail = Tr::tr("no DNS resolver is set up");
        return validate(Publication::from(name, none));
    }
    auto promise = std::make_shared<QPromise<SpfValidation>>();
    promise->start();
    onResult(m_resolver->lookup(presentationName(name), Dns::RrType::TXT),
             this,
             [this, promise, name](const LookupResult &txt) {
                 onResult(validate(Publication::from(name, txt)),
                          this,
                          [promise](const SpfValidation &validation) {
                              promise->addResult(validation);
                              promise->finish();
                          });
             });
    return promise->future();
}

QFuture<SpfValidation> SpfValidator::validate(const Publication &publication)
{
    auto validation = std::make_shared<SpfValidation>();
    validation->domain = normalizedDomain(publication.domain);
    validation->findings = publicationFindings(publication);
    if (publication.state == Publication::State::LookupFailed) {
        const LookupResult &txt = publication.txt;
        validation->failures << LookupFailure{
            QString(), validation->domain, Dns::RrType::TXT, txt.status, txt.detail};
    }
    if (publication.records.size() == 1)
        validation->findings << recordFindings(validation->domain, publication.selected());
    if (publication.records.size() != 1 || !m_resolver) {
        validation->completed = validation->failures.isEmpty();
        return QtFuture::makeReadyFuture(*validation);
    }
    auto promise = std::make_shared<QPromise<SpfValidation>>();
    promise->start();
    // The tree and the type 99 lookup run concurrently; the report waits for both.
    auto *builder = new SpfTreeBuilder(m_resolver.data(), this);
    const QFuture<SpfTreeNode> tree = builder->build(publication);
    // §3.1 / §14.1: type SPF (99) is deprecated; report it when still published.
    const QFuture<LookupResult> type99
        = m_resolver->lookup(presentationName(validation->domain), Dns::RrType::SPF);
    onResult(tree, this, [this, validation, builder, type99, promise](const SpfTreeNode &built) {
        builder->deleteLater();
        validation->tree = built;
        validation->lookups = built.totalLookups;
        validation->queries = built.queries + 1;
        validation->findings << treeFindings(built);
        validation->failures << distinctFailures(built);
        onResult(type99, this, [validation, promise](const LookupResult &spf) {
            if (spf.failed())
                validation->failures << LookupFailure{
                    QString(), validation->domain, Dns::RrType::SPF, spf.status, spf.detail};
            else if (spf.status == Dns::LookupStatus::Answer && !spf.records.isEmpty())
                validation->findings << finding(FindingId::DeprecatedRrType,
                                                Severity::Warning,
                                                {validation->domain},
                                                QStringLiteral("RFC 7208 §3.1"));
            for (const LookupFailure &failure : std::as_const(validation->failures))
                validation->findings << lookupFailed(failure);
            validation->completed = validation->failures.isEmpty();
            promise->addResult(*validation);
            promise->finish();
        });
    });
    return promise->future();
}

} // namespace Sceau::Spf
