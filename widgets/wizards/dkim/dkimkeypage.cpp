#include "widgets/wizards/dkim/dkimkeypage.h"

#include "model/core/async.h"
#include "model/dkim/keygenerator.h"
#include "widgets/wizards/dkim/dkimwizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimKeyPage::DkimKeyPage(DkimWizard *wizard)
    : m_wizard(wizard)
    , m_generator(new Dkim::KeyGenerator(this))
{
    setObjectName(QStringLiteral("dkimKeyPage"));
    setTitle(tr("Key generation"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("keyProgressBar"));
    m_busy->setRange(0, 0); // indeterminate
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    m_status->setWordWrap(true);
    m_cancelButton = new QPushButton(tr("&Stop"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelKeyPushButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &DkimKeyPage::cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addStretch();
}

void DkimKeyPage::initializePage()
{
    const quint64 ticket = ++m_ticket;
    DkimDraft &draft = m_wizard->draft();
    draft.key.reset();
    draft.stored.reset();
    m_busy->show();
    m_cancelButton->setVisible(draft.spec.isCancelable());
    m_status->setText(tr("Generating a key (%1)…").arg(draft.spec.displayName()));
    emit completeChanged();
    onResult(
        m_generator->generate(draft.spec), this, [this, ticket](const Result<Dkim::KeyPair> &pair) {
            if (ticket != m_ticket)
                return; // the user went Back meanwhile
            m_busy->hide();
            m_cancelButton->hide();
            if (!pair) {
                m_status->setText(describe(pair.error()));
                return; // stays incomplete; Back lets them retry
            }
            m_wizard->draft().key = *pair;
            m_status->setText(tr("Key ready for selector %1.").arg(m_wizard->draft().selector));
            emit completeChanged();
        });
}

void DkimKeyPage::cancel()
{
    m_generator->cancel(); // the generation finishes with Canceled, shown as the status
}

void DkimKeyPage::cleanupPage()
{
    ++m_ticket;
    m_generator->cancel();
    m_wizard->draft().key.reset();
    QWizardPage::cleanupPage();
}

bool DkimKeyPage::isComplete() const
{
    return m_wizard->draft().key.has_value();
}

} // namespace Sceau::Widgets
