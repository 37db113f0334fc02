#include "widgets/wizards/dmarc/dmarcwizard.h"

#include "model/core/textfile.h"
#include "model/dmarc/dmarcdraft.h"
#include "widgets/publish/publishpanel.h"
#include "widgets/wizards/dmarc/dmarcpolicypage.h"
#include "widgets/wizards/dmarc/dmarcrolloutpage.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Sceau::Widgets {

DmarcWizard::DmarcWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_policy(new DmarcPolicyPage)
    , m_rollout(new DmarcRolloutPage)
{
    setObjectName(QStringLiteral("dmarcWizard"));
    //: DMARC is a protocol name
    setWindowTitle(tr("DMARC record"));
    addPage(m_policy);
    addPage(m_rollout);
    if (session) {
        auto *panel = new PublishPanel(session, m_rollout);
        panel->setSnippetShown(false); // the policy page has the line, Copy and Export
        m_rollout->addPublishPanel(panel);
        connect(this, &QWizard::currentIdChanged, panel, [this, panel] {
            if (currentPage() == m_rollout)
                panel->setZoneLines(zoneLine());
        });
    }
    connect(m_policy, &DmarcPolicyPage::exportRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the record"), QStringLiteral("dmarc.zone"));
        if (path.isEmpty())
            return;
        if (const auto written = exportRecord(path); !written)
            QMessageBox::warning(this, tr("Export"), written.error().detail);
    });
}

void DmarcWizard::setDomain(const QString &domain)
{
    m_policy->setDomain(domain);
}

void DmarcWizard::setEvidence(const std::optional<Dmarc::RolloutEvidence> &evidence)
{
    m_rollout->setEvidence(evidence);
}

QString DmarcWizard::zoneLine() const
{
    return m_policy->zoneLine();
}

Result<void> DmarcWizard::exportRecord(const QString &path)
{
    if (zoneLine().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("the domain is not valid")};
    const QStringList lines
        = QStringList{zoneLine()} + Dmarc::authorisationLines(m_policy->draft());
    return writeTextFile(path, lines.join(u'\n').toUtf8() + '\n');
}

} // namespace Sceau::Widgets
