#include "model/spf/spfflatten.h"

#include "model/spf/spfrecord.h"
#include "model/spf/spfrecordselection.h"
#include "model/spf/tr.h"

#include <QHostAddress>

namespace Sceau::Spf {

namespace {

Error refused(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

// "192.0.2.10/24" → "ip4:192.0.2.0/24"; "2001:db8::1" → "ip6:2001:db8::1" (§5.6 ip4/ip6).
std::optional<QString> canonicalTerm(const QString &network)
{
    const QString address = network.section(u'/', 0, 0);
    QHostAddress host;
    if (!host.setAddress(address))
        return std::nullopt;
    const bool v4 = host.protocol() == QAbstractSocket::IPv4Protocol;
    const int full = v4 ? 32 : 128;
    bool ok = true;
    const int length = network.contains(u'/') ? network.section(u'/', 1).toInt(&ok) : full;
    if (!ok || length < 0 || length > full)
        return std::nullopt;
    const QString prefix = v4 ? QStringLiteral("ip4:") : QStringLiteral("ip6:");
    if (length == full)
        return prefix + host.toString();
    const auto subnet = QHostAddress::parseSubnet(address + u'/' + QString::number(length));
    // parseSubnet keeps the host bits: clear them for the canonical network.
    QHostAddress base;
    if (v4) {
        const quint32 mask = length == 0 ? 0 : ~quint32(0) << (32 - length);
        base = QHostAddress(subnet.first.toIPv4Address() & mask);
    } else {
        Q_IPV6ADDR bytes = subnet.first.toIPv6Address();
        for (int i = 0; i < 16; ++i) {
            const int keep = qBound(0, length - i * 8, 8);
            bytes[i] &= quint8(0xff00 >> keep);
        }
        base = QHostAddress(bytes);
    }
    return prefix + base.toString() + u'/' + QString::number(length);
}

Result<void> collect(const SpfTreeNode &node, QStringList &terms)
{
    using State = SpfTreeNode::State;
    switch (node.state) {
    case State::Ok:
        break;
    case State::LookupFailed:
        //: %1 a domain, %2 a technical DNS detail
        return refused(Tr::tr("The lookup of %1 failed (%2): its addresses are unknown, try "
                              "again later.")
                           .arg(node.domain, node.detail.trimmed()));
    case State::MacroTarget:
        //: %1 an SPF term; a macro (%{…}) depends on each message
        return refused(Tr::tr("“%1” depends on each message (macro): it cannot be replaced by "
                              "fixed ranges.")
                           .arg(node.via));
    default:
        //: %1 a domain, %2 a problem token (no-record, loop…), never translated
        return refused(Tr::tr("%1 gives a permanent error (%2): fix or remove it rather than "
                              "flatten it.")
                           .arg(node.domain, stateToken(node.state)));
    }
    if (!node.failures.isEmpty()) {
        QStringList failed;
        for (const LookupFailure &failure : node.failures)
            failed << failure.term;
        failed.removeDuplicates();
        //: %1 a domain, %2 SPF terms
        return refused(Tr::tr("A lookup for %1 failed (%2): its addresses are unknown, try again "
                              "later.")
                           .arg(node.domain, failed.join(QStringLiteral(", "))));
    }
    if (!node.notFollowed.isEmpty())
        //: %1 a domain, %2 SPF terms left unresolved because the tree was too large
        return refused(Tr::tr("%1 is too large to resolve entirely (%2 not followed): it cannot "
                              "be replaced by fixed ranges.")
                           .arg(node.domain, node.notFollowed.join(QStringLiteral(", "))));
    const auto parsed = SpfRecord::parse(node.record);
    if (!parsed)
        return refused(Tr::tr("%1 gives a permanent error (%2): fix or remove it rather than "
                              "flatten it.")
                           .arg(node.domain, stateToken(State::SyntaxError)));
    for (const Term &term : parsed->terms()) {
        const QString text = term.toText();
        if (term.kind == TermKind::All && term.authorisesEveryAddress())
            //: %1 a domain; +all is protocol text
            return refused(Tr::tr("%1 ends with +all: it authorises every server, there is "
                                  "nothing to flatten.")
                               .arg(node.domain));
        if (term.authorisesEveryAddress())
            //: %1 a domain, %2 an SPF term such as ip4:0.0.0.0/0
            return refused(Tr::tr("%1 uses “%2”, which authorises every address: there is "
                                  "nothing to flatten.")
                               .arg(node.domain, text));
        if (term.kind == TermKind::All)
            continue;
        if (term.isModifier())
            continue;
        if (term.kind == TermKind::Ptr || term.kind == TermKind::Exists)
            //: %1 a domain, %2 an SPF term (ptr or exists)
            return refused(Tr::tr("%1 uses “%2”, which depends on each connection: it cannot be "
                                  "replaced by fixed ranges.")
                               .arg(node.domain, text));
        if (term.argument.contains(u'%'))
            return refused(Tr::tr("“%1” depends on each message (macro): it cannot be replaced "
                                  "by fixed ranges.")
                               .arg(node.domain + QStringLiteral(": ") + text));
        if (term.qualifier != Qualifier::Pass)
            //: %1 a domain, %2 an SPF term with a qualifier (-, ~ or ?)
            return refused(Tr::tr("%1 uses “%2”: with such a qualifier the order of its terms "
                                  "matters, so it cannot be replaced by a list of ranges.")
                               .arg(node.domain, text));
    }
    for (const QString &network : node.networks) {
        const auto term = canonicalTerm(network);
        if (!term)
            return refused(
                Tr::tr("%1 lists an address that is not valid: %2").arg(node.domain, network));
        if (!terms.contains(*term))
            terms << *term;
    }
    // The tree holds only the redirect that applies (§6.1, SpfRecord::redirect()).
    for (const SpfTreeNode &child : node.children) {
        if (const auto collected = collect(child, terms); !collected)
            return collected.error();
    }
    return {};
}

} // namespace

Result<QStringList> flattenedTerms(const SpfTreeNode &include)
{
    QStringList terms;
    if (const auto collected = collect(include, terms); !collected)
        return collected.error();
    return terms;
}

Result<SpfDraft> flattenInclude(const SpfDraft &draft, const SpfTreeNode &include)
{
    const QString domain = normalizedDomain(include.domain);
    const auto position
        = std::find_if(draft.includes.cbegin(), draft.includes.cend(), [&](const QString &entry) {
              return normalizedDomain(entry) == domain;
          });
    if (position == draft.includes.cend())
        //: %1 a domain
        return refused(Tr::tr("%1 is not one of the record's includes.").arg(domain));
    const auto terms = flattenedTerms(include);
    if (!terms)
        return terms.error();
    SpfDraft flattened = draft;
    flattened.includes.removeAt(position - draft.includes.cbegin());
    for (const QString &term : *terms) {
        QStringList &ranges
            = term.startsWith(QStringLiteral("ip4:")) ? flattened.ip4 : flattened.ip6;
        const QString range = term.mid(4);
        if (!ranges.contains(range))
            ranges << range;
    }
    if (!flattened.flattened.contains(domain))
        flattened.flattened << domain;
    return flattened;
}

} // namespace Sceau::Spf
