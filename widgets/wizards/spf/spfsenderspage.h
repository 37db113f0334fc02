#pragma once

#include "model/spf/spfdraft.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Sceau {
namespace Spf {
struct CurrentRecord;
} // namespace Spf
namespace Widgets {

class SpfFlattenPanel;
class SpfWizard;

// Who sends the domain's mail: provider presets, the MX hosts, the domain's address, ranges
// and other includes. Entering the page for a new domain loads its published record into the
// draft (asynchronously, busy indicator; a DNS failure is said, never shown as "no record");
// terms the wizard does not offer are listed, kept as-is unless unchecked. Shows the DNS lookup
// budget of the draft ("3 / 10", RFC 7208 §4.6.4), recomputed through the model (includes
// fetched live) a moment after each change; over 10, offers to flatten includes.
class SpfSendersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SpfSendersPage(SpfWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    // Async, newest request wins. By value: it resets the draft, which may hold domain.
    void load(QString domain);
    void loaded(const QString &domain, const Spf::CurrentRecord &current);
    void readDraft();     // widgets → draft
    void writeDraft();    // draft → widgets
    void computeBudget(); // async, newest request wins
    void flatten();       // the flatten panel's chosen includes → draft
    void showRanges();    // the draft's ranges, one per line, once includes are flattened

    SpfWizard *m_wizard;
    QWidget *m_senders; // disabled while the current record loads
    QProgressBar *m_loadProgress;
    QLabel *m_currentLabel;
    QPushButton *m_retryButton;
    QLabel *m_notesLabel;
    QListWidget *m_keptList;
    QWidget *m_presets;
    QList<QCheckBox *> m_presetBoxes; // one per Spf::senderPresets(), its include a property
    QCheckBox *m_mxCheck;
    QCheckBox *m_aCheck;
    QLineEdit *m_ip4Edit;
    QLineEdit *m_ip6Edit;
    QLineEdit *m_includesEdit;
    QLabel *m_budgetLabel;
    QPushButton *m_flattenButton;
    SpfFlattenPanel *m_flattenPanel;
    QLabel *m_flattenedLabel;
    QLabel *m_rangesCaption;
    QPlainTextEdit *m_rangesView;
    QLabel *m_draftFindingsLabel; // what the audit would say of the draft's size (§3.3, §3.4)
    QLabel *m_problemLabel;
    QTimer *m_budgetTimer;
    QString m_loadedDomain;                // the domain whose current record is in the draft
    QList<Spf::ImportNote> m_invalidTerms; // its terms that are not valid SPF, marked
    bool m_loading = false;
    bool m_writing = false; // writeDraft() is filling the widgets
    quint64 m_ticket = 0;
    quint64 m_loadTicket = 0;
};

} // namespace Widgets
} // namespace Sceau
