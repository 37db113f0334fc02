#pragma once

#include "model/bimi/bimicheck.h"
#include "model/core/result.h"

#include <QWizard>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sceau {
class Session;
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class BimiFindingsList;
class PublishPanel;

// Sets up BIMI for a domain, in the order it can work: the prerequisites first (the published
// record and DMARC at enforcement, checked through the Session: what to fix), then the logo
// (a file, checked as SVG Tiny PS, each finding with its line), the mark certificate (a PEM
// file, checked against the logo and the domain), and the record (zone line, Copy, Export).
// Every check runs off the UI thread or on the event loop; the model does every check.
class BimiWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PrerequisitesPage, LogoPage, CertificatePage, RecordPage };

    // session: outlives the wizard.
    explicit BimiWizard(Session *session, QWidget *parent = nullptr);

    void setDomain(const QString &domain);
    // Checks the domain's published BIMI and DMARC (the newest call wins); checked() when done.
    void checkDomain();
    // Reads and checks a logo or certificate file in a worker thread; logoChecked() or
    // certificateChecked() when done.
    void loadLogo(const QString &path);
    void loadCertificate(const QString &path);

    const std::optional<Bimi::BimiCheck> &check() const { return m_check; }
    QString zoneLine() const; // empty while the record is not valid
    Result<void> exportRecord(const QString &path);

signals:
    void checked();
    void logoChecked();
    void certificateChecked();

private:
    QWizardPage *prerequisitesPage();
    QWizardPage *logoPage();
    QWizardPage *certificatePage();
    QWizardPage *recordPage();
    void updateRecord();

    Session *m_session;
    QLineEdit *m_domain;
    QLineEdit *m_selector;
    QLabel *m_status;
    BimiFindingsList *m_prerequisites;
    QLineEdit *m_logoPath;
    QLabel *m_logoVerdict;
    BimiFindingsList *m_logoFindings;
    QLineEdit *m_certificatePath;
    QLabel *m_certificateVerdict;
    BimiFindingsList *m_certificateFindings;
    QLineEdit *m_logoUrl;
    QLineEdit *m_certificateUrl;
    QLineEdit *m_record;
    QLabel *m_error;
    QPushButton *m_copy;
    QPushButton *m_export;
    PublishPanel *m_panel = nullptr;
    std::optional<Bimi::BimiCheck> m_check;
    std::optional<QByteArray> m_logo; // the logo file's bytes, for the certificate check
    quint64 m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
