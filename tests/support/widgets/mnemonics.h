#pragma once

#include <QStringList>

class QWidget;

namespace Sceau {
namespace Test {

// The Alt+letter mnemonics that more than one visible control of window answers to: buttons
// (push, radio, check), labels with a buddy, group boxes, the tabs of every tab bar and the
// menu bar's menus share one Alt scope. Each clash is "<letter>: <text>, <text>…"; an empty
// list means every mnemonic reaches one control. Only visible controls count (a hidden page's
// mnemonics do not fire), so show the window first.
QStringList mnemonicClashes(const QWidget *window);

// The letter a text's mnemonic gives ("&Check" → 'c'), or a null QChar ("&&", none).
QChar mnemonicOf(const QString &text);

} // namespace Test
} // namespace Sceau
