#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCoreApplication;
class QTranslator;

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

// For the time it lives, texts are in language ("en", "fr"; resolve()d) whatever the
// interface's language: the catalogues install() put on the application are set aside and
// language's take their place; it is the default QLocale (dates). All is put back after.
// For a report made in the language of its reader (Export::htmlReport). On the main thread only.
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QLocale m_previousLocale;
    QList<QTranslator *> m_setAside; // the application's, owned by it
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Translations
} // namespace Sceau
