#include "widgets/accessiblenames.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QWidget>

namespace Sceau {
namespace Test {

QStringList unnamedControls(const QWidget *window)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QTabBar *>(widget))
            continue; // named by what they scroll or by their tabs' texts
        // A scroll area's viewport takes the focus for its view: the view carries the name.
        if (widget->parentWidget()
            && qobject_cast<const QAbstractScrollArea *>(widget->parentWidget())
            && static_cast<const QAbstractScrollArea *>(widget->parentWidget())->viewport()
                   == widget)
            continue;
        if (!widget->accessibleName().isEmpty() || labelled.contains(widget))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
            button && !button->text().isEmpty())
            continue;
        unnamed << (widget->objectName().isEmpty()
                        ? QString::fromLatin1(widget->metaObject()->className())
                        : widget->objectName());
    }
    return unnamed;
}

} // namespace Test
} // namespace Sceau
