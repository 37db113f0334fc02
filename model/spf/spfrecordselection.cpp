#include "model/spf/spfrecordselection.h"

namespace Sceau::Spf {

bool isCheckableDomain(const QString &domain)
{
    if (domain.size() > 253 || domain.contains(u'[') || domain.contains(u']'))
        return false;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.toUtf8().size() > 63)
            return false;
    }
    bool numeric = false;
    labels.last().toUInt(&numeric);
    return !numeric;
}

QString presentationName(const QString &name)
{
    QString out;
    for (const char c : name.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\\' || c == ';' || c == '(' || c == ')' || c == '"')
            out += u'\\' + QChar::fromLatin1(c);
        else if (byte > 0x20 && byte < 0x7f)
            out += QChar::fromLatin1(c);
        else
            out += u'\\' + QString::number(byte).rightJustified(3, u'0');
    }
    return out;
}

QString normalizedDomain(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name.toLower();
}

} // namespace Sceau::Spf
