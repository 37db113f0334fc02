#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Sceau {
namespace Translations {

// Languages the application ships ("en", "fr").
QStringList available();

// The language to use: "en"/"fr" as asked, or the system locale's when empty or "system";
// English when the locale's language is not shipped.
QString resolve(const QString &requested);

// Installs Sceau's own translations and Qt's (qtbase_<lang>.qm, so QWizard's and dialogs'
// buttons follow) for the language. Returns the language installed.
QString install(QCoreApplication &app, const QString &requested);

} // namespace Translations
} // namespace Sceau
