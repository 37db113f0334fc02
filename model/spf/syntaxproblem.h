#pragma once

#include <QString>
#include <QStringList>

namespace Sceau {
namespace Spf {

// Why some SPF text is not valid syntax (RFC 7208 §12), kept as its English source sentence
// (marked for translation with QT_TRANSLATE_NOOP in the "Sceau::Spf" context) and the data it
// names, so it reads both ways from one source: technical English for JSON (`spf parse`,
// documented as not translated) and a translated sentence for people.
struct SyntaxProblem
{
    const char *source = ""; // "invalid IPv4 CIDR length /%1": %1, %2… are args
    QStringList args;        // data: a term, a number, a character

    QString english() const;    // source with its args
    QString translated() const; // Tr::tr(source) with its args

    friend bool operator==(const SyntaxProblem &a, const SyntaxProblem &b)
    {
        return a.english() == b.english();
    }
};

} // namespace Spf
} // namespace Sceau
