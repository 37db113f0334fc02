#include "model/spf/spfdraftimport.h"

#include "model/spf/spfpublication.h"
#include "model/spf/spfrecord.h"
#include "model/spf/spfrecordselection.h"
#include "model/spf/tr.h"

#include <QSet>

namespace Sceau::Spf {

namespace {

// A mechanism the wizard's fields express exactly: a qualifier-less mx, a, ip4:, ip6: or an
// include: of a plain domain. a/mx with a domain or a CIDR length are not offered.
bool representable(const Term &term)
{
    if (term.qualifier != Qualifier::Pass)
        return false;
    switch (term.kind) {
    case TermKind::A:
    case TermKind::Mx:
        return term.argument.isEmpty() && term.cidr4 < 0 && term.cidr6 < 0;
    case TermKind::Ip4:
    case TermKind::Ip6:
        return true;
    case TermKind::Include: {
        SpfDraft probe;
        probe.includes = {term.argument};
        return !term.argument.contains(u'%') && probe.invalidEntries().isEmpty();
    }
    default:
        return false;
    }
}

QString network(const Term &term)
{
    const int length = term.kind == TermKind::Ip4 ? term.cidr4 : term.cidr6;
    return length < 0 ? term.argument : term.argument + u'/' + QString::number(length);
}

bool isModifierOf(const QString &text, const QString &name)
{
    return text.startsWith(name + u'=', Qt::CaseInsensitive);
}

// RFC 7208 §4.6: one term that is not valid syntax makes the whole record a permerror. To be
// fixed, the record is read term by term: the valid ones form the record returned, each invalid
// one (or a repeated redirect=/exp=, §6) becomes a Dropped/Invalid note. One pass, each term
// parsed once (a repeated modifier with the first of its kind): linear in the record.
QString readableTerms(const QString &record, QList<ImportNote> *invalid)
{
    static const QString Version = QStringLiteral("v=spf1");
    QStringList kept{Version};
    QString firstRedirect;
    QString firstExplanation;
    qsizetype i = Version.size();
    while (i < record.size()) {
        if (record[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype end = record.indexOf(u' ', i);
        if (end < 0)
            end = record.size();
        const QString text = record.mid(i, end - i);
        QString *first = isModifierOf(text, QStringLiteral("redirect")) ? &firstRedirect
                         : isModifierOf(text, QStringLiteral("exp"))    ? &firstExplanation
                                                                        : nullptr;
        const QString alone = Version + u' ' + text;
        auto error = SpfRecord::syntaxError(alone);
        if (!error && first && !first->isEmpty())
            error = SpfRecord::syntaxError(Version + u' ' + *first + u' ' + text); // repeated
        if (error) {
            error->position = int(i);
            error->term = text;
            invalid->append(ImportNote{text,
                                       ImportNote::Action::Dropped,
                                       ImportNote::Reason::Invalid,
                                       error->problem.translated()});
        } else {
            if (first)
                *first = text;
            kept << text;
        }
        i = end;
    }
    return kept.join(u' ');
}

} // namespace

Result<SpfRecordImport> SpfDraft::fromRecord(const QString &domain, const QString &record)
{
    if (!SpfRecord::isSpfRecord(record))
        return Error{ErrorCode::InvalidInput, SpfRecord::parse(record).error().detail};
    QList<ImportNote> invalid;
    const auto parsed = SpfRecord::parse(readableTerms(record, &invalid));
    if (!parsed) // the terms that parse one by one parse together
        return Error{ErrorCode::Internal, parsed.error().detail};
    SpfRecordImport out;
    out.notes = invalid;
    SpfDraft &draft = out.draft;
    draft.domain = domain;
    const QList<Term> &terms = parsed->terms();
    const bool redirectApplies = parsed->redirect().has_value(); // §6.1
    auto note = [&out](const QString &term, ImportNote::Action action, ImportNote::Reason reason) {
        out.notes << ImportNote{term, action, reason, {}};
    };
    // Once a mechanism with a qualifier other than "+" is kept, every later mechanism keeps its
    // place after it: the first match decides (§4.6.2), so moving a "+" term before a "-" or
    // "~" one could change the result. Before it, "+" terms may be reordered freely.
    bool orderMatters = false;
    bool afterAll = false;
    bool redirected = false;
    QSet<QString> seen;
    std::optional<Qualifier> all;
    for (const Term &term : terms) {
        const QString text = term.toText();
        if (afterAll && !term.isModifier()) {
            note(text, ImportNote::Action::Dropped, ImportNote::Reason::AfterAll);
            continue;
        }
        if (seen.contains(text.toLower())) {
            note(text, ImportNote::Action::Dropped, ImportNote::Reason::Duplicate);
            continue;
        }
        seen.insert(text.toLower());
        switch (term.kind) {
        case TermKind::All:
            afterAll = true;
            all = term.qualifier;
            continue;
        case TermKind::Redirect: {
            // §6.1: ignored when the record has an all mechanism. The draft always ends with
            // all, so redirect=X becomes include:X, then the wizard's policy.
            if (!redirectApplies) {
                note(text, ImportNote::Action::Dropped, ImportNote::Reason::RedirectIgnored);
                continue;
            }
            Term include = term;
            include.kind = TermKind::Include;
            if (!representable(include)) {
                note(text, ImportNote::Action::Dropped, ImportNote::Reason::MacroRedirect);
                continue;
            }
            if (orderMatters)
                draft.extraTerms << include.toText();
            else if (!draft.includes.contains(normalizedDomain(term.argument)))
                draft.includes << normalizedDomain(term.argument);
            redirected = true;
            note(text, ImportNote::Action::Changed, ImportNote::Reason::RedirectToInclude);
            continue;
        }
        case TermKind::Explanation:
        case TermKind::UnknownModifier:
            draft.extraTerms << text;
            note(text, ImportNote::Action::Kept, ImportNote::Reason::NotOffered);
            continue;
        default:
            break;
        }
        if (representable(term) && !orderMatters) {
            if (term.kind == TermKind::Mx)
                draft.mx = true;
            else if (term.kind == TermKind::A)
                draft.a = true;
            else if (term.kind == TermKind::Ip4)
                draft.ip4 << network(term);
            else if (term.kind == TermKind::Ip6)
                draft.ip6 << network(term);
            else
                draft.includes << normalizedDomain(term.argument);
            continue;
        }
        note(text,
             ImportNote::Action::Kept,
             representable(term) ? ImportNote::Reason::OrderMatters
                                 : ImportNote::Reason::NotOffered);
        draft.extraTerms << text;
        if (term.qualifier != Qualifier::Pass)
            orderMatters = true;
    }
    if (!all) {
        // §4.7: without all (or a redirect), other servers get neutral.
        if (!redirected)
            note(QString(), ImportNote::Action::Changed, ImportNote::Reason::NoAll);
        draft.policy = Qualifier::Fail;
    } else if (*all == Qualifier::Pass || *all == Qualifier::Neutral) {
        // The wizard offers -all and ~all only: +all authorises everyone, ?all says nothing.
        note(qualifierToken(*all) + QStringLiteral("all"),
             ImportNote::Action::Changed,
             ImportNote::Reason::PolicyNotOffered);
        draft.policy = Qualifier::Fail;
    } else {
        draft.policy = *all;
    }
    return out;
}

QString ImportNote::toString() const
{
    switch (reason) {
    case Reason::NotOffered:
        //: %1 a term of an SPF record (protocol text)
        return Tr::tr("“%1” is kept as-is: the wizard does not offer it.").arg(term);
    case Reason::OrderMatters:
        //: %1 a term of an SPF record; a qualifier is the -, ~ or ? before a term
        return Tr::tr("“%1” is kept as-is, in its place: an earlier term with a qualifier makes "
                      "the order matter.")
            .arg(term);
    case Reason::PolicyNotOffered:
        return Tr::tr("“%1” is not offered: the policy becomes -all (you can choose ~all).")
            .arg(term);
    case Reason::NoAll:
        return Tr::tr("The record had no all term (other servers got neutral): the policy "
                      "becomes -all (you can choose ~all).");
    case Reason::RedirectToInclude:
        return Tr::tr("“%1” becomes an include, followed by the policy you choose.").arg(term);
    case Reason::RedirectIgnored:
        return Tr::tr("“%1” is dropped: receivers ignore redirect= in a record with an all term "
                      "(RFC 7208 §6.1).")
            .arg(term);
    case Reason::AfterAll:
        return Tr::tr("“%1” is dropped: it came after all, so receivers never used it.").arg(term);
    case Reason::Duplicate:
        return Tr::tr("“%1” is dropped: it was listed twice.").arg(term);
    case Reason::Invalid:
        //: %1 a term of an SPF record (protocol text), %2 what is wrong with it
        return Tr::tr("“%1” is not valid SPF (%2): receivers reject the whole record for it. It "
                      "was left out; add what it meant in the fields.")
            .arg(term, detail);
    case Reason::MacroRedirect:
        return Tr::tr("“%1” is dropped: a redirect to a macro cannot become an include; the "
                      "policy you choose applies instead.")
            .arg(term);
    }
    return term;
}

CurrentRecord currentRecord(const QString &domain, const Dns::LookupResult &txt)
{
    using State = Publication::State;
    const Publication publication = Publication::from(normalizedDomain(domain), txt);
    CurrentRecord current;
    current.records = publication.records;
    switch (publication.state) {
    case State::LookupFailed:
        current.state = CurrentRecord::State::LookupFailed;
        current.error = txt.error();
        return current;
    case State::NoRecord:
        current.state = CurrentRecord::State::NoRecord;
        return current;
    case State::Several:
        current.state = CurrentRecord::State::Several;
        return current;
    case State::SyntaxError:
    case State::Found:
        break;
    }
    const auto imported = SpfDraft::fromRecord(domain, publication.selected());
    if (!imported) {
        current.state = CurrentRecord::State::Invalid;
        current.error = imported.error();
        return current;
    }
    current.state = CurrentRecord::State::Loaded;
    current.import = *imported;
    return current;
}

} // namespace Sceau::Spf
