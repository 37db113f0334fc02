#include "model/core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

QString install(QCoreApplication &app, const QString &requested)
{
    const QString language = resolve(requested);
    QLocale::setDefault(QLocale(language));
    // Both catalogues are compiled into the binaries (resource prefix /i18n, see translations/).
    for (const QString &file :
         {QStringLiteral(":/i18n/sceau_%1.qm"), QStringLiteral(":/i18n/qtbase_%1.qm")}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file.arg(language)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    return language;
}

} // namespace Sceau::Translations
