#include "widgets/views/clearbutton.h"

#include <QLineEdit>

namespace Sceau::Widgets {

void addClearButtonOnceTyped(QLineEdit *edit)
{
    if (!edit->text().isEmpty()) {
        edit->setClearButtonEnabled(true);
        return;
    }
    // Its first change gives it text.
    QObject::connect(
        edit,
        &QLineEdit::textChanged,
        edit,
        [edit] { edit->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
}

} // namespace Sceau::Widgets
