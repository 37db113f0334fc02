#include "model/spf/syntaxproblem.h"

#include "model/spf/tr.h"

namespace Sceau::Spf {

namespace {
// %1…%9 of pattern replaced by args in one pass: an arg holding "%2" (record text from the DNS)
// stays as it is, unlike chained QString::arg().
QString fill(const QString &pattern, const QStringList &args)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'%' && i + 1 < pattern.size() && pattern[i + 1] >= u'1'
            && pattern[i + 1] <= u'9') {
            out += args.value(pattern[i + 1].unicode() - u'1');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

QString SyntaxProblem::english() const
{
    return fill(QString::fromLatin1(source), args);
}

QString SyntaxProblem::translated() const
{
    return fill(Tr::tr(source), args);
}

} // namespace Sceau::Spf
