#include "widgets/translationscope.h"

#include <QCoreApplication>

namespace Sceau {
namespace Test {

TranslationScope::TranslationScope(const QString &language)
{
    m_loaded = m_sceau.load(QStringLiteral(":/i18n/sceau_%1.qm").arg(language));
    if (m_loaded)
        QCoreApplication::installTranslator(&m_sceau);
    if (m_qt.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_qt);
}

TranslationScope::~TranslationScope()
{
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_sceau);
}

} // namespace Test
} // namespace Sceau
