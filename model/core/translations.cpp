#include "model/core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Sceau::Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString resolve(const QString &requested)
{
    if (available().contains(requested))
        return requested;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return available().contains(system) ? system : QStringLiteral("en");
}

namespace {
// Both catalogues are compiled into the binaries (resource prefix /i18n, see translations/).
const QStringList CatalogueFiles{QStringLiteral(":/i18n/sceau_%1.qm"),
                                 QStringLiteral(":/i18n/qtbase_%1.qm")};
} // namespace

QString install(QCoreApplication &app, const QString &requested)
{
    const QString language = resolve(requested);
    QLocale::setDefault(QLocale(language));
    for (const QString &file : CatalogueFiles) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file.arg(language)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    return language;
}

ScopedLanguage::ScopedLanguage(const QString &language)
    : m_previousLocale(QLocale())
{
    // install() parents its translators to the application: set them aside for a while.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        m_setAside = app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *translator : std::as_const(m_setAside))
            QCoreApplication::removeTranslator(translator);
    }
    const QString resolved = resolve(language);
    QLocale::setDefault(QLocale(resolved));
    for (const QString &file : CatalogueFiles) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file.arg(resolved))) {
            QCoreApplication::installTranslator(translator.get());
            m_translators.push_back(std::move(translator));
        }
    }
}

ScopedLanguage::~ScopedLanguage()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    for (QTranslator *translator : std::as_const(m_setAside)) // in their order of installation
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(m_previousLocale);
}

} // namespace Sceau::Translations
