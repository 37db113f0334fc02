#pragma once

#include "model/core/result.h"
#include "model/spf/spfterm.h"
#include "model/spf/syntaxproblem.h"

#include <QList>
#include <QString>
#include <optional>

namespace Sceau {
namespace Spf {

// Where and why a record is not valid SPF syntax (RFC 7208 §12).
struct SyntaxError
{
    int position = 0;      // offset of the offending term in the record
    QString term;          // the offending term as written
    SyntaxProblem problem; // what is wrong with it

    QString reason() const { return problem.english(); } // technical English (JSON)
    QString toString() const;    // technical English: "offset 7, term 'x': reason"
    QString explanation() const; // the same, a translated sentence for people
};

// A v=spf1 record (RFC 7208 §4.5, §12), a pure value type.
class SpfRecord final
{
public:
    // §4.5: a record starts with "v=spf1" (case-insensitive) followed by a space or its end.
    static bool isSpfRecord(QStringView txt);

    static Result<SpfRecord> parse(QStringView txt); // Error detail: SyntaxError::explanation()
    static std::optional<SyntaxError> syntaxError(QStringView txt);

    QString toText() const; // canonical "v=spf1 …"
    const QList<Term> &terms() const { return m_terms; }
    QList<Term> directives() const;                    // mechanisms, in order
    std::optional<Term> modifier(TermKind kind) const; // redirect= or exp=, as written
    // §6.1: the redirect= that applies, none when the record has an all mechanism anywhere
    // (then redirect is ignored). Evaluator, tree, validator and flattening all ask this.
    std::optional<Term> redirect() const;
    bool hasAll() const;
    // §4.6.4: the terms that cause DNS queries when evaluated: include a mx ptr exists, and
    // the redirect that applies (an ignored one costs nothing).
    QList<Term> queryingTerms() const;
    int dnsQueryingTerms() const { return int(queryingTerms().size()); }

    friend bool operator==(const SpfRecord &, const SpfRecord &) = default;

private:
    QList<Term> m_terms;
};

} // namespace Spf
} // namespace Sceau
