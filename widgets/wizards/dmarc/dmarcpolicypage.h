#pragma once

#include "model/dmarc/dmarcdraft.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Sceau {
namespace Widgets {

// The DMARC wizard's first page: the domain, p=, sp=, np=, alignment, test mode, aggregate and
// failure report addresses with fo=; then the record's zone line (Copy, Export), the
// authorisation records external report hosts must publish, and the what-if findings of the
// draft, read by the model's parser.
class DmarcPolicyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DmarcPolicyPage(QWidget *parent = nullptr);

    void setDomain(const QString &domain);
    Dmarc::Draft draft() const;
    QString zoneLine() const; // empty while the domain is not valid
    bool isComplete() const override;

signals:
    void exportRequested();

private:
    void update();

    QLineEdit *m_domain;
    QComboBox *m_policy;
    QComboBox *m_subdomain;
    QComboBox *m_nonExistent;
    QCheckBox *m_dkimStrict;
    QCheckBox *m_spfStrict;
    QCheckBox *m_testMode;
    QPlainTextEdit *m_rua;
    QPlainTextEdit *m_ruf;
    QList<QCheckBox *> m_fo; // 0, 1, d, s
    QLineEdit *m_record;
    QPlainTextEdit *m_authorisations;
    QListWidget *m_findings;
    QLabel *m_error;
    QPushButton *m_copy;
    QPushButton *m_export;
};

} // namespace Widgets
} // namespace Sceau
