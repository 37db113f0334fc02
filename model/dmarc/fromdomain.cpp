#include "model/dmarc/fromdomain.h"

#include "model/core/domainname.h"
#include "model/dmarc/tr.h"
#include "model/mail/headertext.h"

namespace Sceau::Dmarc {

namespace {
Error invalid(const QString &detail)
{
    return Error{ErrorCode::InvalidInput, detail};
}

// The addr-spec of a mailbox list without comments (RFC 5322 §3.4): "Name <a@b>" or "a@b".
// Empty when the list holds several mailboxes (a comma outside quotes and angle brackets).
Result<QByteArray> singleAddress(const QByteArray &list)
{
    bool quoted = false;
    bool angle = false;
    qsizetype open = -1;
    qsizetype close = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const char c = list.at(i);
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '<' && !angle && open < 0) {
            angle = true;
            open = i;
        } else if (c == '>' && angle) {
            angle = false;
            close = i;
        } else if (c == ',' && !angle) {
            return invalid(Tr::tr("the From field names several authors"));
        }
    }
    if (open >= 0)
        return close > open ? list.mid(open + 1, close - open - 1).trimmed() : QByteArray();
    return list.trimmed();
}
} // namespace

Result<QString> fromDomain(const QList<Dkim::HeaderField> &headers)
{
    QList<const Dkim::HeaderField *> from;
    for (const Dkim::HeaderField &field : headers) {
        if (field.name.compare("from", Qt::CaseInsensitive) == 0)
            from << &field;
    }
    if (from.isEmpty())
        return invalid(Tr::tr("the message has no From field"));
    if (from.size() > 1) // RFC 5322 §3.6: exactly one From field
        return invalid(Tr::tr("the message has %1 From fields").arg(from.size()));
    const auto address
        = singleAddress(Mail::withoutComments(Mail::unfolded(from.first()->value())));
    if (!address)
        return address.error();
    const qsizetype at = address->lastIndexOf('@');
    if (at < 0)
        return invalid(Tr::tr("the From field has no address with a domain"));
    QByteArray domain = address->mid(at + 1).trimmed();
    if (domain.startsWith('[')) // a domain literal has no DNS name to look up
        return invalid(Tr::tr("the From address has an address literal, not a domain"));
    const auto normalized = DomainName::fromUserInput(QString::fromUtf8(domain));
    if (!normalized)
        return invalid(
            Tr::tr("the From domain “%1” is not a domain name").arg(QString::fromUtf8(domain)));
    return *normalized;
}

} // namespace Sceau::Dmarc
