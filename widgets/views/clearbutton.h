#pragma once

class QLineEdit;

namespace Sceau {
namespace Widgets {

// Gives edit its clear button (QLineEdit::setClearButtonEnabled) once it holds text: the button
// shows only then, and its icon comes from the desktop's icon theme, whose first lookup reads
// the theme's whole index, a good part of the window's start (issue 13 §3). edit: not null.
void addClearButtonOnceTyped(QLineEdit *edit);

} // namespace Widgets
} // namespace Sceau
