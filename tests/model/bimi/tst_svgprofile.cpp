#include "model/bimi/svgprofile.h"
#include "tests/support/testenv.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
// A RelaxNG schema read as a tree of the nodes that matter: element, attribute, ref, define,
// and the patterns between them.
struct Node
{
    QString kind;
    QString name;
    QList<Node> children;
};

Node readTree(QXmlStreamReader &reader)
{
    Node node{reader.name().toString(), reader.attributes().value(u"name"_s).toString(), {}};
    while (reader.readNextStartElement())
        node.children << readTree(reader);
    return node;
}

// The attributes an element allows: through refs and patterns, never into child elements.
void collect(const Node &node,
             const QHash<QString, Node> &defines,
             QSet<QString> &seen,
             QSet<QString> &attributes)
{
    for (const Node &child : node.children) {
        if (child.kind == "element"_L1)
            continue;
        if (child.kind == "attribute"_L1)
            attributes.insert(child.name);
        else if (child.kind == "ref"_L1) {
            if (!seen.contains(child.name)) {
                seen.insert(child.name);
                collect(defines.value(child.name), defines, seen, attributes);
            }
        } else
            collect(child, defines, seen, attributes);
    }
}

void elements(const Node &node, QList<const Node *> &out)
{
    for (const Node &child : node.children) {
        if (child.kind == "element"_L1)
            out << &child;
        elements(child, out);
    }
}
} // namespace

// The code's one table of SVG Tiny PS (model/bimi/svgprofile.cpp) against the schema it comes
// from (tests/data/bimi/schema/SVG_1.2_PS.rng): same elements, same attributes on each, so the
// two cannot drift apart.
class SvgProfileTest : public QObject
{
    Q_OBJECT
private slots:
    void matchesSchema()
    {
        QXmlStreamReader reader(Test::readData(u"bimi/schema/SVG_1.2_PS.rng"_s));
        QVERIFY(reader.readNextStartElement());
        const Node grammar = readTree(reader);
        QVERIFY(!reader.hasError());
        QHash<QString, Node> defines;
        for (const Node &child : grammar.children) {
            if (child.kind == "define"_L1)
                defines.insert(child.name, child);
        }
        QList<const Node *> found;
        elements(grammar, found);
        QHash<QString, QSet<QString>> schema;
        for (const Node *element : std::as_const(found)) {
            QSet<QString> seen, attributes;
            collect(*element, defines, seen, attributes);
            schema[element->name] += attributes;
        }
        QVERIFY(schema.size() > 20);
        const auto &table = Bimi::svgTinyPsElements();
        QCOMPARE(QSet<QString>(table.keyBegin(), table.keyEnd()),
                 QSet<QString>(schema.keyBegin(), schema.keyEnd()));
        for (auto it = schema.cbegin(); it != schema.cend(); ++it)
            QVERIFY2(table.value(it.key()) == it.value(), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(SvgProfileTest)
#include "tst_svgprofile.moc"
