#pragma once

#include "model/core/tokentable.h"

#include <QSet>
#include <QTest>

namespace Sceau::Test {

// Checks an enum's TokenTable: the tokens, in order, are exactly expected (the protocol's or
// the JSON contract's words, so a changed word fails); the table covers each of the enum's
// enumCount values (0…enumCount-1) but those in unlisted; and each token reads back to its value,
// case-sensitively. Use in a test slot, then nothing after it (QTest macros return).
template<typename Enum, std::size_t N>
void verifyTokenTable(const TokenTable<Enum, N> &table,
                      int enumCount,
                      const QStringList &expected,
                      const QList<Enum> &unlisted = {})
{
    QCOMPARE(table.tokens(), expected);
    QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), expected.size());
    for (int i = 0; i < enumCount; ++i) {
        const auto value = static_cast<Enum>(i);
        const QString token = table.token(value);
        if (unlisted.contains(value)) {
            QVERIFY2(token.isEmpty(), qPrintable(token));
            continue;
        }
        QVERIFY2(!token.isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(table.value(token), value);
        QCOMPARE(table.valueIgnoringCase(token.toUpper()), value);
    }
    QCOMPARE(int(N) + int(unlisted.size()), enumCount);
    QVERIFY(!table.value(u"not-a-token").has_value());
}

} // namespace Sceau::Test
