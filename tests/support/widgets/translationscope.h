#pragma once

#include <QString>
#include <QTranslator>

namespace Sceau {
namespace Test {

// Sceau's catalogue and Qt's for language ("en", "fr"), installed for the lifetime of the
// scope, then removed: widgets built inside the scope speak that language. Needs the
// executable to link sceau_translations (the catalogues are resources under :/i18n).
class TranslationScope
{
public:
    explicit TranslationScope(const QString &language);
    ~TranslationScope();
    TranslationScope(const TranslationScope &) = delete;
    TranslationScope &operator=(const TranslationScope &) = delete;

    // Sceau's catalogue loaded (English has one too: its plural forms).
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_sceau;
    QTranslator m_qt;
    bool m_loaded = false;
};

} // namespace Test
} // namespace Sceau
