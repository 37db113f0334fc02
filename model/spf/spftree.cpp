#include "model/spf/spftree.h"

#include "model/spf/spfrecord.h"

namespace Sceau::Spf {

QStringList SpfTreeNode::allNetworks() const
{
    QStringList result = networks;
    for (const SpfTreeNode &child : children)
        result << child.allNetworks();
    return result;
}

QList<LookupFailure> SpfTreeNode::allFailures() const
{
    QList<LookupFailure> result = failures;
    for (const SpfTreeNode &child : children)
        result << child.allFailures();
    return result;
}

int SpfTreeNode::nodeCount() const
{
    int count = 1;
    for (const SpfTreeNode &child : children)
        count += child.nodeCount();
    return count;
}

bool SpfTreeNode::truncated() const
{
    return !notFollowed.isEmpty()
           || std::any_of(children.cbegin(), children.cend(), [](const SpfTreeNode &child) {
                  return child.truncated();
              });
}

QStringList SpfTreeNode::allVoidTerms() const
{
    QStringList result;
    for (const QString &term : voidTerms)
        result << domain + QStringLiteral(": ") + term;
    for (const SpfTreeNode &child : children)
        result << child.allVoidTerms();
    return result;
}

QStringList SpfTreeNode::queryingTerms() const
{
    QStringList result;
    if (const auto parsed = SpfRecord::parse(record)) {
        for (const Term &term : parsed->queryingTerms())
            result << domain + QStringLiteral(": ") + term.toText();
    }
    for (const SpfTreeNode &child : children)
        result << child.queryingTerms();
    return result;
}

QString stateToken(SpfTreeNode::State state)
{
    return TreeStates.token(state);
}

} // namespace Sceau::Spf
