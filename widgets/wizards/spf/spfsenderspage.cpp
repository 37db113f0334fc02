#include "widgets/wizards/spf/spfsenderspage.h"

#include "model/core/async.h"
#include "model/spf/draftresolver.h"
#include "model/spf/spfvalidator.h"
#include "widgets/wizards/spf/spfwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTimer>

namespace Sceau::Widgets {

namespace {
constexpr int MaxLookups = 10; // RFC 7208 §4.6.4

QStringList entries(const QLineEdit *edit)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return edit->text().split(separators, Qt::SkipEmptyParts);
}
} // namespace

SpfSendersPage::SpfSendersPage(SpfWizard *wizard)
    : m_wizard(wizard)
    , m_presetsList(new QListWidget(this))
    , m_mxCheck(new QCheckBox(tr("The domain's mail servers (MX) send mail"), this))
    , m_aCheck(new QCheckBox(tr("The domain's own address (A/AAAA) sends mail"), this))
    , m_ip4Edit(new QLineEdit(this))
    , m_ip6Edit(new QLineEdit(this))
    , m_includesEdit(new QLineEdit(this))
    , m_budgetLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_budgetTimer(new QTimer(this))
{
    setTitle(tr("Senders"));
    setSubTitle(tr("Which services and servers send mail for this domain?"));
    m_presetsList->setObjectName(QStringLiteral("presetsListWidget"));
    m_mxCheck->setObjectName(QStringLiteral("mxCheckBox"));
    m_aCheck->setObjectName(QStringLiteral("aCheckBox"));
    m_ip4Edit->setObjectName(QStringLiteral("ip4LineEdit"));
    m_ip6Edit->setObjectName(QStringLiteral("ip6LineEdit"));
    m_includesEdit->setObjectName(QStringLiteral("includesLineEdit"));
    m_budgetLabel->setObjectName(QStringLiteral("budgetLabel"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_ip4Edit->setPlaceholderText(QStringLiteral("192.0.2.0/24, 198.51.100.7"));
    m_ip6Edit->setPlaceholderText(QStringLiteral("2001:db8::/32"));
    m_includesEdit->setPlaceholderText(QStringLiteral("_spf.example.net"));
    for (const Spf::SenderPreset &preset : Spf::senderPresets()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(preset.name, preset.include),
                                         m_presetsList);
        item->setData(Qt::UserRole, preset.include);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Providers:"), m_presetsList);
    layout->addRow(m_mxCheck);
    layout->addRow(m_aCheck);
    layout->addRow(tr("IPv&4 ranges:"), m_ip4Edit);
    layout->addRow(tr("IPv&6 ranges:"), m_ip6Edit);
    layout->addRow(tr("Other &includes:"), m_includesEdit);
    //: the number of DNS lookups an SPF record costs, out of the 10 allowed
    layout->addRow(tr("DNS lookups:"), m_budgetLabel);
    layout->addRow(m_problemLabel);

    m_budgetTimer->setSingleShot(true);
    m_budgetTimer->setInterval(300);
    connect(m_budgetTimer, &QTimer::timeout, this, &SpfSendersPage::computeBudget);
    auto changed = [this] {
        readDraft();
        emit completeChanged();
        m_budgetTimer->start();
    };
    connect(m_presetsList, &QListWidget::itemChanged, this, changed);
    connect(m_mxCheck, &QCheckBox::toggled, this, changed);
    connect(m_aCheck, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {m_ip4Edit, m_ip6Edit, m_includesEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
}

void SpfSendersPage::initializePage()
{
    readDraft();
    computeBudget();
}

void SpfSendersPage::cleanupPage()
{
    ++m_ticket; // a budget still being computed is for a page the user left
    m_budgetTimer->stop();
    QWizardPage::cleanupPage();
}

bool SpfSendersPage::isComplete() const
{
    const Spf::SpfDraft &draft = m_wizard->draft();
    const bool anySender = draft.mx || draft.a || !draft.ip4.isEmpty() || !draft.ip6.isEmpty()
                           || !draft.includes.isEmpty();
    return anySender && draft.invalidEntries().isEmpty();
}

void SpfSendersPage::readDraft()
{
    Spf::SpfDraft &draft = m_wizard->draft();
    draft.mx = m_mxCheck->isChecked();
    draft.a = m_aCheck->isChecked();
    draft.ip4 = entries(m_ip4Edit);
    draft.ip6 = entries(m_ip6Edit);
    draft.includes.clear();
    for (int i = 0; i < m_presetsList->count(); ++i) {
        if (m_presetsList->item(i)->checkState() == Qt::Checked)
            draft.includes << m_presetsList->item(i)->data(Qt::UserRole).toString();
    }
    draft.includes << entries(m_includesEdit);
    const QStringList invalid = draft.invalidEntries();
    //: %1 is a list of what the user typed
    m_problemLabel->setText(invalid.isEmpty()
                                ? QString()
                                : tr("Not valid: %1").arg(invalid.join(QStringLiteral(", "))));
    m_wizard->draftChanged();
}

void SpfSendersPage::computeBudget()
{
    const quint64 ticket = ++m_ticket;
    const Spf::SpfDraft &draft = m_wizard->draft();
    if (!draft.invalidEntries().isEmpty())
        return;
    m_budgetLabel->setText(tr("%1 / %2 (counting…)").arg(draft.directLookups()).arg(MaxLookups));
    auto *validator = new Spf::SpfValidator(m_wizard->draftResolver(), this);
    onResult(validator->validate(draft.domain, m_wizard->draftResolver()->draftAnswer()),
             this,
             [this, ticket, validator](const Spf::SpfValidation &validation) {
                 validator->deleteLater();
                 if (ticket != m_ticket)
                     return;
                 //: DNS lookups used by the draft record, out of the maximum
                 QString text = tr("%1 / %2").arg(validation.lookups).arg(MaxLookups);
                 if (validation.lookups > MaxLookups)
                     text += u' ' + tr("— too many: receivers will return a permanent error");
                 m_budgetLabel->setText(text);
             });
}

} // namespace Sceau::Widgets
