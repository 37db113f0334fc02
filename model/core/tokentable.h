#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace Sceau {

// One table per enum, read both ways: the protocol or storage token of each value (JSON
// fields, workspace columns, CLI words), and the value of a token. Replaces a pair of
// hand-written switches, so the two directions cannot disagree.
//
//   constexpr TokenTable<KeyState, 2> KeyStates{{{
//       {KeyState::Generated, "generated"}, {KeyState::Published, "published"}}}};
//   KeyStates.token(KeyState::Published) == u"published"
//   KeyStates.value(u"published") == KeyState::Published; KeyStates.value(u"x") == nullopt
template<typename Enum, std::size_t N> struct TokenTable
{
    std::array<std::pair<Enum, const char *>, N> entries; // tokens are ASCII

    // The token of value; empty when value is not in the table.
    QString token(Enum value) const
    {
        for (const auto &[v, t] : entries) {
            if (v == value)
                return QString::fromLatin1(t);
        }
        return {};
    }

    // The value whose token is exactly token (case-sensitive); nullopt when none.
    std::optional<Enum> value(QStringView token) const
    {
        for (const auto &[v, t] : entries) {
            if (token == QLatin1StringView(t))
                return v;
        }
        return std::nullopt;
    }

    // Same, ignoring ASCII case (protocol tokens that are case-insensitive on the wire).
    std::optional<Enum> valueIgnoringCase(QStringView token) const
    {
        for (const auto &[v, t] : entries) {
            if (token.compare(QLatin1StringView(t), Qt::CaseInsensitive) == 0)
                return v;
        }
        return std::nullopt;
    }

    // Every token, in table order ("publish, activate, retire…" in a usage message).
    QStringList tokens() const
    {
        QStringList list;
        for (const auto &entry : entries)
            list << QString::fromLatin1(entry.second);
        return list;
    }
};

} // namespace Sceau
