#include "widgets/wizards/transport/mtastspolicypage.h"

#include "model/core/domainname.h"
#include "model/transport/mtastspolicy.h"
#include "widgets/wizards/transport/mtastswizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Sceau::Widgets {

using Transport::MtaStsMode;

MtaStsPolicyPage::MtaStsPolicyPage(MtaStsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_domain(new QLineEdit(this))
    , m_load(new QPushButton(tr("Load"), this))
    , m_status(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_patterns(new QPlainTextEdit(this))
    , m_maxAge(new QSpinBox(this))
    , m_advice(new QLabel(this))
{
    setTitle(tr("Policy"));
    setSubTitle(tr("Load the domain to start from what it publishes, then choose the mode and "
                   "the MX hosts senders may deliver to."));
    m_domain->setObjectName(QStringLiteral("domainLineEdit"));
    m_load->setObjectName(QStringLiteral("loadButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    m_patterns->setObjectName(QStringLiteral("mxPatternsPlainTextEdit"));
    m_maxAge->setObjectName(QStringLiteral("maxAgeSpinBox"));
    m_advice->setObjectName(QStringLiteral("adviceLabel"));
    m_status->setWordWrap(true);
    m_advice->setWordWrap(true);
    //: MTA-STS modes; the tokens in parentheses are written in the policy file
    m_mode->addItem(tr("Testing (report only)"), int(MtaStsMode::Testing));
    m_mode->addItem(tr("Enforce"), int(MtaStsMode::Enforce));
    m_mode->addItem(tr("None (withdraw the policy)"), int(MtaStsMode::None));
    m_maxAge->setRange(1, int(Transport::MaxMtaStsMaxAge));
    //: unit after the max_age value
    m_maxAge->setSuffix(tr(" s"));
    m_patterns->setPlaceholderText(tr("mail.example.com\n*.example.net"));

    auto *domainRow = new QHBoxLayout;
    domainRow->addWidget(m_domain);
    domainRow->addWidget(m_load);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Domain:"), domainRow);
    form->addRow(m_status);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("MX patterns (one per line):"), m_patterns);
    //: max_age is the policy field's name
    form->addRow(tr("max_age:"), m_maxAge);
    form->addRow(m_advice);

    const auto load = [this] {
        const auto domain = DomainName::fromUserInput(m_domain->text());
        if (!domain) {
            m_status->setText(domain.error().detail);
            return;
        }
        m_status->setText(tr("Checking what %1 publishes…").arg(*domain));
        m_wizard->load(*domain);
        emit completeChanged();
    };
    connect(m_load, &QPushButton::clicked, this, load);
    connect(m_domain, &QLineEdit::returnPressed, this, load);
    connect(m_wizard, &MtaStsWizard::loaded, this, &MtaStsPolicyPage::onLoaded);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MtaStsPolicyPage::updateDraft);
    connect(m_patterns, &QPlainTextEdit::textChanged, this, &MtaStsPolicyPage::updateDraft);
    connect(m_maxAge, &QSpinBox::valueChanged, this, &MtaStsPolicyPage::updateDraft);
}

bool MtaStsPolicyPage::isComplete() const
{
    return m_wizard->isLoaded() && m_patternsValid;
}

void MtaStsPolicyPage::onLoaded()
{
    const Transport::MtaStsDraft &draft = m_wizard->draft();
    const auto &check = *m_wizard->check();
    if (draft.published)
        //: %1 a domain, %2 a mode token
        m_status->setText(
            tr("%1 publishes a policy in mode %2.")
                .arg(draft.domain, Transport::MtaStsModes.token(draft.published->mode)));
    else if (check.incomplete())
        m_status->setText(tr("What %1 publishes could not be checked; starting from its MX hosts.")
                              .arg(draft.domain));
    else
        m_status->setText(tr("%1 publishes no usable policy; starting in testing mode with its MX "
                             "hosts.")
                              .arg(draft.domain));
    m_filling = true;
    m_domain->setText(draft.domain);
    m_mode->setCurrentIndex(m_mode->findData(int(draft.policy.mode)));
    m_patterns->setPlainText(draft.policy.mx.join(u'\n'));
    m_maxAge->setValue(int(draft.policy.maxAge));
    m_filling = false;
    updateDraft();
}

void MtaStsPolicyPage::updateDraft()
{
    if (m_filling || !m_wizard->isLoaded())
        return;
    Transport::MtaStsPolicy &policy = m_wizard->draft().policy;
    policy.mode = MtaStsMode(m_mode->currentData().toInt());
    policy.maxAge = m_maxAge->value();
    policy.mx.clear();
    m_patternsValid = true;
    const QStringList lines = m_patterns->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QString pattern = line.trimmed().toLower();
        if (pattern.endsWith(u'.'))
            pattern.chop(1);
        if (pattern.isEmpty())
            continue;
        m_patternsValid = m_patternsValid && Transport::isMxPattern(pattern);
        policy.mx << pattern;
    }
    if (policy.mx.isEmpty() && policy.mode != MtaStsMode::None)
        m_patternsValid = false;
    m_patternsValid = m_patternsValid && policy.mx.size() <= Transport::MaxMtaStsPatterns;
    updateAdvice();
    emit completeChanged();
}

void MtaStsPolicyPage::updateAdvice()
{
    const Transport::MtaStsDraft &draft = m_wizard->draft();
    const QStringList mxHosts = m_wizard->check()->mxHosts;
    QStringList uncovered;
    for (const QString &host : mxHosts) {
        if (Transport::matchingPattern(host, draft.policy.mx).isEmpty())
            uncovered << host;
    }
    QStringList advice;
    if (!m_patternsValid)
        advice << tr("Every line must be a host name, or *. followed by a domain (one label).");
    if (!uncovered.isEmpty())
        //: %1 MX host names
        advice << tr("Not covered by any pattern: %1. Senders that enforce the policy will not "
                     "deliver to them.")
                      .arg(uncovered.join(QStringLiteral(", ")));
    switch (draft.policy.mode) {
    case MtaStsMode::Testing:
        advice << tr("Testing: senders report TLS failures (publish a TLS-RPT record to receive "
                     "them) but still deliver. Keep it at least one max_age, read the reports, "
                     "then switch to enforce.");
        break;
    case MtaStsMode::Enforce:
        advice << tr("Enforce: senders refuse MX hosts that are not covered or whose certificate "
                     "fails. Switch only once the TLS reports show no failures.");
        break;
    case MtaStsMode::None:
        advice << tr("None: senders forget the policy. Keep serving it for one max_age before "
                     "removing the record and the file.");
        break;
    }
    if (draft.suggestedMode(mxHosts) == MtaStsMode::Enforce && draft.published
        && draft.published->mode == MtaStsMode::Testing && draft.policy.mode == MtaStsMode::Testing)
        advice << tr("Every MX host is covered: once the reports are clean, the next step is "
                     "enforce.");
    m_advice->setText(advice.join(u'\n'));
}

} // namespace Sceau::Widgets
