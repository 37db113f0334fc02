#include "model/core/tokentable.h"

#include <QTest>

using namespace Sceau;

namespace {
enum class Colour { Red, Green, Blue, Unlisted };
constexpr TokenTable<Colour, 3> Colours{{{
    {Colour::Red, "red"},
    {Colour::Green, "green"},
    {Colour::Blue, "blue"},
}}};
} // namespace

class TokenTableTest : public QObject
{
    Q_OBJECT
private slots:
    void bothDirectionsAgree()
    {
        for (const Colour c : {Colour::Red, Colour::Green, Colour::Blue})
            QCOMPARE(Colours.value(Colours.token(c)), c);
    }
    void tokens()
    {
        QCOMPARE(Colours.token(Colour::Green), u"green"_qs);
        QCOMPARE(Colours.token(Colour::Unlisted), QString());
        QCOMPARE(Colours.tokens(), QStringList({u"red"_qs, u"green"_qs, u"blue"_qs}));
    }
    void unknownAndCase()
    {
        QCOMPARE(Colours.value(u"purple"), std::nullopt);
        QCOMPARE(Colours.value(u""), std::nullopt);
        QCOMPARE(Colours.value(u"RED"), std::nullopt); // exact by default
        QCOMPARE(Colours.valueIgnoringCase(u"RED"), Colour::Red);
        QCOMPARE(Colours.value(u"re"), std::nullopt); // no prefix match
    }
};

QTEST_GUILESS_MAIN(TokenTableTest)
#include "tst_tokentable.moc"
