#include "widgets/wizards/spf/spfwizard.h"

#include "testenv.h"
#include "testsession.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
// Posted layout requests done: what a user sees once the event loop has run.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// The labels shown in w whose text does not fit their size: a wrapping label lower than its
// heightForWidth, any other narrower or lower than its minimumSizeHint. "name: text" each.
QStringList clippedLabels(const QWidget *w)
{
    QStringList clipped;
    const auto labels = w->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(w->window()) || label->text().isEmpty())
            continue;
        const bool fits = label->wordWrap()
                              ? label->height() >= label->heightForWidth(label->width())
                              : label->width() >= label->minimumSizeHint().width()
                                    && label->height() >= label->minimumSizeHint().height();
        if (!fits)
            clipped << u"%1 %2x%3 (needs %4x%5/%6): %7"_s.arg(label->objectName())
                           .arg(label->width())
                           .arg(label->height())
                           .arg(label->minimumSizeHint().width())
                           .arg(label->minimumSizeHint().height())
                           .arg(label->heightForWidth(label->width()))
                           .arg(label->text());
    }
    return clipped;
}

// Installs Sceau's and Qt's catalogue of a language for a test's duration.
class Language
{
public:
    explicit Language(const QString &language)
    {
        if (language == u"en"_s)
            return;
        QLocale::setDefault(QLocale(language));
        for (QTranslator *translator : {&m_sceau, &m_qt}) {
            const QString file
                = translator == &m_sceau ? u":/i18n/sceau_%1.qm"_s : u":/i18n/qtbase_%1.qm"_s;
            m_loaded = translator->load(file.arg(language)) && m_loaded;
            QCoreApplication::installTranslator(translator);
        }
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_sceau);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::English));
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_sceau;
    QTranslator m_qt;
    bool m_loaded = true;
};
} // namespace

// Issue 12 §5: at its default size the SPF wizard showed one provider of eight, cut the budget
// line, and clipped labels in French. Every page, in English and in French, at the default
// size: every label as large as its text needs, every provider reachable and whole.
class tst_SpfWizardLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Dns::ResolverSettings settings;
        settings.zoneFiles = {Test::dataPath(u"zones/spf.test.zone"_s)};
        settings.offline = true;
        m_session = Test::session(settings, m_dir.filePath(u"workspace.sqlite"_s));
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("senders"); // a caption of the senders page, translated
        QTest::newRow("en") << u"en"_s << u"Senders"_s;
        QTest::newRow("fr") << u"fr"_s << u"Expéditeurs"_s;
    }

    void everyPageFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, senders);
        const Language catalogue(language);
        QVERIFY(catalogue.loaded());
        Widgets::SpfWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QSize defaultSize = wizard.size();
        QVERIFY(defaultSize.width() >= wizard.minimumWidth());
        settle();
        QVERIFY2(clippedLabels(&wizard).isEmpty(), qPrintable(clippedLabels(&wizard).join(u'\n')));

        // many.spf.test costs 12 lookups: the longest budget line ("— too many…").
        wizard.setDomain(u"many.spf.test"_s);
        wizard.next();
        QCOMPARE(wizard.currentPage()->title(), senders);
        auto *progress = wizard.findChild<QProgressBar *>(u"loadProgressBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isHidden(), 5000);
        auto *budget = wizard.findChild<QLabel *>(u"budgetLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(budget->text().size() > u"12 / 10"_s.size(), 5000);
        QCOMPARE(wizard.size(), defaultSize);
        settle();
        QVERIFY2(clippedLabels(&wizard).isEmpty(), qPrintable(clippedLabels(&wizard).join(u'\n')));

        // Each provider: in the page's scroll area, whole once scrolled to, its text uncut.
        auto *scroll = wizard.currentPage()->findChild<QScrollArea *>(u"sendersScrollArea"_s);
        QVERIFY(scroll);
        const auto presets = wizard.findChildren<QCheckBox *>(u"presetCheckBox"_s);
        QCOMPARE(presets.size(), 8);
        for (QCheckBox *box : presets) {
            QVERIFY(scroll->widget()->isAncestorOf(box));
            scroll->ensureWidgetVisible(box, 0, 0);
            settle();
            const QRect shown(box->mapTo(scroll->viewport(), QPoint(0, 0)), box->size());
            QVERIFY2(scroll->viewport()->rect().contains(shown), qPrintable(box->text()));
            QVERIFY2(box->width() >= box->minimumSizeHint().width(), qPrintable(box->text()));
            QVERIFY2(box->height() >= box->minimumSizeHint().height(), qPrintable(box->text()));
        }
        // The budget line is whole too once scrolled to.
        scroll->ensureWidgetVisible(budget, 0, 0);
        settle();
        QVERIFY(scroll->viewport()->rect().contains(
            QRect(budget->mapTo(scroll->viewport(), QPoint(0, 0)), budget->size())));

        wizard.next(); // policy
        settle();
        QVERIFY2(clippedLabels(&wizard).isEmpty(), qPrintable(clippedLabels(&wizard).join(u'\n')));
        wizard.next(); // result
        settle();
        QVERIFY2(clippedLabels(&wizard).isEmpty(), qPrintable(clippedLabels(&wizard).join(u'\n')));
        QVERIFY(wizard.currentPage()->findChild<QScrollArea *>(u"resultScrollArea"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(tst_SpfWizardLayout)
#include "tst_spfwizardlayout.moc"
