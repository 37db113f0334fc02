#include "model/dmarc/dmarcdraft.h"

#include "model/dmarc/dmarccheck.h"
#include "model/dmarc/dmarcrecord.h"

namespace Sceau::Dmarc {

namespace {
QStringList uris(const QStringList &addresses)
{
    QStringList list;
    for (const QString &address : addresses) {
        if (!address.trimmed().isEmpty())
            list << reportUri(address.trimmed());
    }
    return list;
}

// A TXT value as quoted strings of at most 255 bytes (RFC 1035 §3.3.14).
QString quoted(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QStringList strings;
    for (qsizetype at = 0; at < bytes.size(); at += 255)
        strings << u'"' + QString::fromUtf8(bytes.mid(at, 255)) + u'"';
    return strings.join(u' ');
}
} // namespace

QString reportUri(const QString &address)
{
    return address.contains(u':') ? address : QStringLiteral("mailto:") + address;
}

QString recordText(const Draft &draft)
{
    const EffectivePolicy &p = draft.policy;
    QStringList tags{QStringLiteral("v=DMARC1"), QStringLiteral("p=") + policyToken(p.policy)};
    if (draft.writeSubdomainPolicy)
        tags << QStringLiteral("sp=") + policyToken(p.subdomainPolicy);
    if (draft.writeNonExistentPolicy)
        tags << QStringLiteral("np=") + policyToken(p.nonExistentPolicy);
    if (p.dkimAlignment == AlignmentMode::Strict)
        tags << QStringLiteral("adkim=s");
    if (p.spfAlignment == AlignmentMode::Strict)
        tags << QStringLiteral("aspf=s");
    if (p.testMode)
        tags << QStringLiteral("t=y");
    if (p.psd != PsdFlag::Unknown)
        tags << QStringLiteral("psd=") + (p.psd == PsdFlag::Yes ? u'y' : u'n');
    if (const QStringList rua = uris(draft.rua); !rua.isEmpty())
        tags << QStringLiteral("rua=") + rua.join(u',');
    if (const QStringList ruf = uris(draft.ruf); !ruf.isEmpty()) {
        tags << QStringLiteral("ruf=") + ruf.join(u',');
        if (!draft.failureOptions.isEmpty()
            && draft.failureOptions != QStringList{QStringLiteral("0")})
            tags << QStringLiteral("fo=") + draft.failureOptions.join(u':');
    }
    return tags.join(QStringLiteral("; "));
}

QString zoneLine(const Draft &draft)
{
    return QStringLiteral("_dmarc.%1. 3600 IN TXT %2").arg(draft.domain, quoted(recordText(draft)));
}

QStringList authorisationLines(const Draft &draft)
{
    QStringList lines;
    for (const QString &uri : uris(draft.rua) + uris(draft.ruf)) {
        const QString host = reportHost(uri);
        if (host.isEmpty() || !isExternalHost(host, draft.domain, draft.domain))
            continue;
        const QString line = QStringLiteral("%1. 3600 IN TXT \"v=DMARC1;\"")
                                 .arg(authorisationName(draft.domain, host));
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
}

} // namespace Sceau::Dmarc
