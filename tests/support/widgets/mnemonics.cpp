#include "widgets/mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

namespace Sceau {
namespace Test {

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList mnemonicClashes(const QWidget *window)
{
    QMap<QChar, QStringList> controls; // letter → the texts answering to it
    const auto add = [&controls](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            controls[letter] << text;
    };
    for (const auto *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            add(button->text());
    }
    for (const auto *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            add(label->text());
    }
    for (const auto *box : window->findChildren<QGroupBox *>()) {
        if (box->isVisible())
            add(box->title());
    }
    for (const auto *tabs : window->findChildren<QTabBar *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(tabs->tabText(i));
        }
    }
    for (const auto *bar : window->findChildren<QMenuBar *>()) {
        if (!bar->isVisible())
            continue;
        for (const auto *action : bar->actions())
            add(action->text());
    }
    QStringList clashes;
    for (auto it = controls.cbegin(); it != controls.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(),
                                                    it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

} // namespace Test
} // namespace Sceau
