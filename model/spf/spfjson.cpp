#include "model/spf/spfjson.h"

#include <QJsonArray>

namespace Sceau::Spf {

QJsonObject toJson(const Evaluation &evaluation)
{
    return {
        {QStringLiteral("result"), verdictToken(evaluation.verdict)},
        {QStringLiteral("domain"), evaluation.domain},
        {QStringLiteral("explanation"), evaluation.explanation},
        {QStringLiteral("matched_term"), evaluation.matchedTerm},
        {QStringLiteral("matched_domain"), evaluation.matchedDomain},
        {QStringLiteral("lookups"), evaluation.lookups},
        {QStringLiteral("void_lookups"), evaluation.voidLookups},
        {QStringLiteral("detail"), evaluation.detail},
    };
}

QJsonObject toJson(const SpfTreeNode &node)
{
    QJsonArray children;
    for (const SpfTreeNode &child : node.children)
        children.append(toJson(child));
    QJsonArray failures;
    for (const LookupFailure &failure : node.failures)
        failures.append(QJsonObject{
            {QStringLiteral("term"), failure.term},
            {QStringLiteral("name"), failure.name},
            {QStringLiteral("type"), Dns::typeName(failure.type)},
            {QStringLiteral("status"), Dns::statusToken(failure.status)},
            {QStringLiteral("detail"), failure.detail},
        });
    return {
        {QStringLiteral("domain"), node.domain},
        {QStringLiteral("via"), node.via},
        {QStringLiteral("state"), stateToken(node.state)},
        {QStringLiteral("record"), node.record},
        {QStringLiteral("detail"), node.detail},
        {QStringLiteral("lookups"), node.ownLookups},
        {QStringLiteral("total_lookups"), node.totalLookups},
        {QStringLiteral("queries"), node.queries},
        {QStringLiteral("void_terms"), QJsonArray::fromStringList(node.voidTerms)},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("not_followed"), QJsonArray::fromStringList(node.notFollowed)},
        {QStringLiteral("networks"), QJsonArray::fromStringList(node.networks)},
        {QStringLiteral("children"), children},
    };
}

QJsonObject toJson(const Term &term)
{
    QJsonObject object{
        {QStringLiteral("text"), term.toText()},
        {QStringLiteral("position"), term.position},
        {QStringLiteral("modifier"), term.isModifier()},
        {QStringLiteral("name"),
         term.kind == TermKind::UnknownModifier ? term.name : kindToken(term.kind)},
        {QStringLiteral("argument"), term.argument},
        {QStringLiteral("dns_lookup"), term.queriesDns()},
    };
    if (!term.isModifier())
        object.insert(QStringLiteral("qualifier"), qualifierToken(term.qualifier));
    if (term.cidr4 >= 0)
        object.insert(QStringLiteral("cidr4"), term.cidr4);
    if (term.cidr6 >= 0)
        object.insert(QStringLiteral("cidr6"), term.cidr6);
    return object;
}

QJsonObject toJson(const SyntaxError &error)
{
    return {
        {QStringLiteral("position"), error.position},
        {QStringLiteral("term"), error.term},
        {QStringLiteral("reason"), error.reason()},
    };
}

} // namespace Sceau::Spf
