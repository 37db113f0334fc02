#pragma once

#include "model/core/tokentable.h"

#include <QString>

namespace Sceau {
namespace Spf {

// RFC 7208 §4.6.2: the result a matching mechanism yields.
enum class Qualifier { Pass, Fail, SoftFail, Neutral };

// Every mechanism (RFC 7208 §5) and modifier (§6) of a v=spf1 record.
enum class TermKind {
    All,
    Include,
    A,
    Mx,
    Ptr,
    Ip4,
    Ip6,
    Exists,
    Redirect,        // modifier redirect= (§6.1)
    Explanation,     // modifier exp= (§6.2)
    UnknownModifier, // name=value, ignored by check_host() (§6)
};

// One directive or modifier of a record, a value type.
struct Term
{
    TermKind kind = TermKind::All;
    Qualifier qualifier = Qualifier::Pass; // directives only
    QString name;                          // the modifier name as written (unknown modifiers only)
    QString argument; // domain-spec, macro-string or IP network; empty when absent
    int cidr4 = -1;   // ip4-cidr-length, -1 when absent (§5.6)
    int cidr6 = -1;   // ip6-cidr-length, -1 when absent
    int position = 0; // offset of the term in the record text (not part of equality)

    bool isModifier() const;
    // §4.6.4: include, a, mx, ptr, exists and redirect cause DNS queries and count toward 10.
    bool queriesDns() const;
    QString toText() const; // canonical form, "+" omitted, mechanism names in lowercase
    // A pass mechanism that matches every client of a family as +all does (§5.1): all,
    // ip4:…/0, ip6:…/0 (§5.6), and a or mx with a /0 or //0 length (§5.3, §5.4: any address
    // the name has then covers the whole space). As bad as +all: the validator and flattening
    // ask this.
    bool authorisesEveryAddress() const;

    friend bool operator==(const Term &a, const Term &b)
    {
        return a.kind == b.kind && a.qualifier == b.qualifier && a.name == b.name
               && a.argument == b.argument && a.cidr4 == b.cidr4 && a.cidr6 == b.cidr6;
    }
};

// The names of the mechanisms (§5) and of the modifiers the evaluator knows (§6), in lowercase
// (the record's are case-insensitive, §4.6.1), both ways; UnknownModifier has none (its name is
// Term::name).
inline constexpr TokenTable<TermKind, 10> TermKinds{{{
    {TermKind::All, "all"},
    {TermKind::Include, "include"},
    {TermKind::A, "a"},
    {TermKind::Mx, "mx"},
    {TermKind::Ptr, "ptr"},
    {TermKind::Ip4, "ip4"},
    {TermKind::Ip6, "ip6"},
    {TermKind::Exists, "exists"},
    {TermKind::Redirect, "redirect"},
    {TermKind::Explanation, "exp"},
}}};
// §4.6.2: qualifier = "+" / "-" / "~" / "?", both ways.
inline constexpr TokenTable<Qualifier, 4> Qualifiers{{{
    {Qualifier::Pass, "+"},
    {Qualifier::Fail, "-"},
    {Qualifier::SoftFail, "~"},
    {Qualifier::Neutral, "?"},
}}};

QString kindToken(TermKind kind);            // TermKinds.token(kind); empty for UnknownModifier
QString qualifierToken(Qualifier qualifier); // Qualifiers.token(qualifier)

} // namespace Spf
} // namespace Sceau
