#pragma once

#include <QStringList>

class QWidget;

namespace Sceau {
namespace Test {

// The visible controls of window that take the keyboard focus and that a screen reader could
// not name (issue 12 §6): no accessible name, no text of their own (buttons, check boxes), no
// label whose buddy they are. Each is given as its object name (or class name). An empty list
// means every control can be named. Show the window first.
QStringList unnamedControls(const QWidget *window);

} // namespace Test
} // namespace Sceau
