#pragma once

#include "model/dkim/publicationcheck.h"
#include "model/dkim/rotation.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Sceau {
namespace Dkim {
struct PublicationReport;
} // namespace Dkim
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class DkimRotationWizard;
class PublishPanel;

// A step that waits on DNS: shows the exact record and zone line to publish, and "Check in
// DNS" advances the key (KeyVault::advance: every authoritative nameserver asked); it moves
// (and the page completes) only once all of them serve it. Publish: the new key's record;
// Revoke: the old key's empty p=. The PublishPanel publishes it through a credential. When the
// nameservers could not be asked (and none said "not serving"), "Confirm by hand…" lets the
// user record the step on their word (KeyVault::confirmByHand).
class DkimDnsStepPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Step { Publish, Revoke };

    DkimDnsStepPage(DkimRotationWizard *wizard, Step step);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    std::optional<Dkim::StoredKey> key() const;
    Dkim::KeyStep keyStep() const;
    void check();
    void confirmByHand(); // asks, then records the step as confirmed by hand
    void stepDone(const Dkim::StoredKey &key);
    void showReport(const Dkim::PublicationReport &report);

    DkimRotationWizard *m_wizard;
    Step m_step;
    QLabel *m_nameLabel;
    QLabel *m_dueLabel;
    QPlainTextEdit *m_recordEdit;
    QPlainTextEdit *m_zoneLineEdit;
    QPushButton *m_checkButton;
    QLabel *m_resultLabel;
    QPushButton *m_confirmButton;
    std::optional<Dkim::PublicationReport> m_lastReport; // what the last check said
    PublishPanel *m_panel;
    quint64 m_ticket = 0;
    bool m_done = false;
};

} // namespace Widgets
} // namespace Sceau
