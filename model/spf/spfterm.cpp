#include "model/spf/spfterm.h"

namespace Sceau::Spf {

bool Term::isModifier() const
{
    return kind == TermKind::Redirect || kind == TermKind::Explanation
           || kind == TermKind::UnknownModifier;
}

bool Term::queriesDns() const
{
    switch (kind) {
    case TermKind::Include:
    case TermKind::A:
    case TermKind::Mx:
    case TermKind::Ptr:
    case TermKind::Exists:
    case TermKind::Redirect:
        return true;
    default:
        return false;
    }
}

bool Term::authorisesEveryAddress() const
{
    if (qualifier != Qualifier::Pass)
        return false;
    switch (kind) {
    case TermKind::All:
        return true;
    case TermKind::Ip4:
        return cidr4 == 0;
    case TermKind::Ip6:
        return cidr6 == 0;
    case TermKind::A:
    case TermKind::Mx:
        return cidr4 == 0 || cidr6 == 0;
    default:
        return false;
    }
}

QString kindToken(TermKind kind)
{
    return TermKinds.token(kind);
}

QString qualifierToken(Qualifier qualifier)
{
    return Qualifiers.token(qualifier);
}

QString Term::toText() const
{
    if (isModifier())
        return (kind == TermKind::UnknownModifier ? name : kindToken(kind)) + u'=' + argument;
    QString text = qualifier == Qualifier::Pass ? QString() : qualifierToken(qualifier);
    text += kindToken(kind);
    if (!argument.isEmpty())
        text += u':' + argument;
    if (cidr4 >= 0)
        text += u'/' + QString::number(cidr4);
    if (cidr6 >= 0)
        text += (kind == TermKind::Ip6 ? QStringLiteral("/") : QStringLiteral("//"))
                + QString::number(cidr6);
    return text;
}

} // namespace Sceau::Spf
