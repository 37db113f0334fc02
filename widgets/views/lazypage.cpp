#include "widgets/views/lazypage.h"

#include <QVBoxLayout>

namespace Sceau::Widgets {

LazyPage::LazyPage(std::function<QWidget *()> make, QWidget *parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::build()
{
    if (!m_content) {
        m_content = m_make();
        m_make = nullptr;
        layout()->addWidget(m_content);
        if (isVisible())
            m_content->show(); // now, not when the layout would next show it
    }
    return m_content;
}

} // namespace Sceau::Widgets
