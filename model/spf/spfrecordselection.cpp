#include "model/spf/spfrecordselection.h"

#include "model/core/domainname.h"

#include <algorithm>

namespace Sceau::Spf {

namespace {
// The UTF-8 length of a label (RFC 1035 §2.3.4 counts octets), without converting an ASCII one.
qsizetype octetLength(QStringView label)
{
    for (const QChar c : label) {
        if (c.unicode() >= 0x80)
            return label.toUtf8().size();
    }
    return label.size();
}

// Printed as is in presentation form: a visible ASCII character other than \ ; ( ) ".
bool isPlain(char16_t c)
{
    return c > 0x20 && c < 0x7f && c != u'\\' && c != u';' && c != u'(' && c != u')' && c != u'"';
}
} // namespace

bool isCheckableDomain(const QString &domain)
{
    if (domain.size() > 253 || domain.contains(u'[') || domain.contains(u']'))
        return false;
    // Scanned label by label (no list built): at least two labels, none empty or too long.
    qsizetype start = 0;
    int labels = 0;
    for (;;) {
        const qsizetype dot = domain.indexOf(u'.', start);
        const QStringView label
            = QStringView(domain).mid(start, (dot < 0 ? domain.size() : dot) - start);
        if (label.isEmpty() || octetLength(label) > 63)
            return false;
        ++labels;
        if (dot < 0) {
            bool numeric = false;
            static_cast<void>(label.toUInt(&numeric)); // only whether it is a number
            return labels >= 2 && !numeric;
        }
        start = dot + 1;
    }
}

QString presentationName(const QString &name)
{
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return isPlain(c.unicode()); }))
        return name; // nothing to escape: the name itself, shared
    QString out;
    for (const char c : name.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (isPlain(byte))
            out += QChar::fromLatin1(c);
        else if (byte > 0x20 && byte < 0x7f)
            out += u'\\' + QChar::fromLatin1(c);
        else
            out += u'\\' + QString::number(byte).rightJustified(3, u'0');
    }
    return out;
}

QString normalizedDomain(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return DomainName::lowercase(std::move(name));
}

} // namespace Sceau::Spf
