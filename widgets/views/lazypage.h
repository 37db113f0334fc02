#pragma once

#include <QWidget>

#include <functional>

namespace Sceau {
namespace Widgets {

// A page of a tab widget whose content is made the first time it is needed (build()): the
// pages a window does not open on cost nothing at its start (issue 13 §3).
class LazyPage : public QWidget
{
    Q_OBJECT
public:
    // make: returns the content, which the page then holds; called once, by build().
    explicit LazyPage(std::function<QWidget *()> make, QWidget *parent = nullptr);

    QWidget *build(); // the content, made now unless it was before
    bool isBuilt() const { return m_content != nullptr; }

private:
    std::function<QWidget *()> m_make;
    QWidget *m_content = nullptr;
};

} // namespace Widgets
} // namespace Sceau
