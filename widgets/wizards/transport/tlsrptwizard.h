#pragma once

#include "model/core/result.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Sceau {
class Session;
namespace Widgets {

class PublishPanel;

// Writes a domain's TLS-RPT record (RFC 8460 §3): the domain and where reports go (mailto:
// addresses or https: URLs, one per line; a bare address becomes mailto:), then the record's
// zone line with Copy and Export. The record is built and checked by the model.
class TlsRptWizard : public QWizard
{
    Q_OBJECT
public:
    // session: outlives the wizard; with one, the record can be published (PublishPanel).
    explicit TlsRptWizard(Session *session = nullptr, QWidget *parent = nullptr);

    void setDomain(const QString &domain);
    QString zoneLine() const; // empty while the input is not a valid record
    // Writes the zone line to path; InvalidInput while the record is incomplete.
    Result<void> exportRecord(const QString &path);

private:
    void update();

    QLineEdit *m_domain;
    QPlainTextEdit *m_rua;
    QLineEdit *m_record;
    QLabel *m_error;
    QPushButton *m_copy;
    QPushButton *m_export;
    PublishPanel *m_panel = nullptr;
};

} // namespace Widgets
} // namespace Sceau
