#include "app/cli/spf/spftextoutput.h"

#include "app/cli/tr.h"
#include "model/dns/textescape.h"

namespace Sceau::Cli::SpfTextOutput {

void printTree(QTextStream &out, const Spf::SpfTreeNode &node, int depth)
{
    const QString indent(depth * 2, u' ');
    const QString head
        = node.via.isEmpty() ? node.domain : QStringLiteral("%1 → %2").arg(node.via, node.domain);
    //: tree line: %1 the include term and domain; %n DNS lookups of this record and below
    out << indent << Tr::tr("%1 (%n lookup(s))", nullptr, node.totalLookups).arg(head);
    if (node.state != Spf::SpfTreeNode::State::Ok)
        out << QStringLiteral(" [%1]").arg(Spf::stateToken(node.state));
    out << '\n';
    if (!node.record.isEmpty())
        out << indent << QStringLiteral("  ") << Dns::escapeLatin1Text(node.record) << '\n';
    if (!node.networks.isEmpty())
        out << indent << QStringLiteral("  ")
            << Tr::tr("authorises: %1").arg(node.networks.join(QStringLiteral(", "))) << '\n';
    if (!node.detail.isEmpty())
        out << indent << QStringLiteral("  ") << Dns::escapeLatin1Text(node.detail) << '\n';
    for (const Spf::LookupFailure &failure : node.failures)
        //: %1 a DNS name, %2 a record type, %3 the failure (timeout, servfail…), %4 an SPF term
        out << indent << QStringLiteral("  ")
            << Tr::tr("could not look up %1 %2 (%3) for %4")
                   .arg(failure.name,
                        Dns::typeName(failure.type),
                        Dns::statusToken(failure.status),
                        failure.term.isEmpty() ? node.domain : failure.term)
            << '\n';
    if (!node.notFollowed.isEmpty())
        //: %1 SPF terms (protocol text)
        out << indent << QStringLiteral("  ")
            << Tr::tr("over the limit, not followed: %1")
                   .arg(node.notFollowed.join(QStringLiteral(", ")))
            << '\n';
    for (const Spf::SpfTreeNode &child : node.children)
        printTree(out, child, depth + 1);
    if (depth == 0 && !node.children.isEmpty())
        //: %1 the addresses and ranges of the whole tree
        out << Tr::tr("Authorised in all: %1").arg(node.allNetworks().join(QStringLiteral(", ")))
            << '\n';
}

} // namespace Sceau::Cli::SpfTextOutput
