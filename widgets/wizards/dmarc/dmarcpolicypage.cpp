#include "widgets/wizards/dmarc/dmarcpolicypage.h"

#include "model/audit/findingcatalogue.h"
#include "model/core/domainname.h"
#include "model/dmarc/dmarccheck.h"
#include "model/dmarc/dmarcrecord.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace Sceau::Widgets {

namespace {
const QStringList PolicyTokens{
    QStringLiteral("none"), QStringLiteral("quarantine"), QStringLiteral("reject")};
const QStringList FailureOptions{
    QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("d"), QStringLiteral("s")};

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList list;
    for (const QString &line : edit->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        list << line.trimmed();
    return list;
}
} // namespace

DmarcPolicyPage::DmarcPolicyPage(QWidget *parent)
    : QWizardPage(parent)
    , m_domain(new QLineEdit)
    , m_policy(new QComboBox)
    , m_subdomain(new QComboBox)
    , m_nonExistent(new QComboBox)
    , m_dkimStrict(new QCheckBox(tr("Strict DKIM alignment (adkim=s)")))
    , m_spfStrict(new QCheckBox(tr("Strict SPF alignment (aspf=s)")))
    , m_testMode(new QCheckBox(tr("Test mode (t=y): receivers apply the next lower policy")))
    , m_rua(new QPlainTextEdit)
    , m_ruf(new QPlainTextEdit)
    , m_record(new QLineEdit)
    , m_authorisations(new QPlainTextEdit)
    , m_findings(new QListWidget)
    , m_error(new QLabel)
    , m_copy(new QPushButton(tr("Copy")))
    , m_export(new QPushButton(tr("Export…")))
{
    setObjectName(QStringLiteral("dmarcPolicyPage"));
    setTitle(tr("DMARC policy"));
    setSubTitle(tr("What receivers do with mail that fails DMARC, and where they send reports."));
    m_domain->setObjectName(QStringLiteral("domainLineEdit"));
    m_policy->setObjectName(QStringLiteral("policyComboBox"));
    m_subdomain->setObjectName(QStringLiteral("subdomainComboBox"));
    m_nonExistent->setObjectName(QStringLiteral("nonExistentComboBox"));
    m_dkimStrict->setObjectName(QStringLiteral("dkimStrictCheckBox"));
    m_spfStrict->setObjectName(QStringLiteral("spfStrictCheckBox"));
    m_testMode->setObjectName(QStringLiteral("testModeCheckBox"));
    m_rua->setObjectName(QStringLiteral("ruaPlainTextEdit"));
    m_ruf->setObjectName(QStringLiteral("rufPlainTextEdit"));
    m_record->setObjectName(QStringLiteral("recordLineEdit"));
    m_authorisations->setObjectName(QStringLiteral("authorisationPlainTextEdit"));
    m_findings->setObjectName(QStringLiteral("findingsListWidget"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    //: the values of p= (protocol tokens, not translated) with their meaning
    m_policy->addItems({tr("none: monitor only"),
                        tr("quarantine: treat as suspicious"),
                        tr("reject: refuse the mail")});
    m_subdomain->addItem(tr("same as p="));
    m_subdomain->addItems(PolicyTokens);
    m_nonExistent->addItem(tr("same as sp="));
    m_nonExistent->addItems(PolicyTokens);
    m_record->setReadOnly(true);
    m_authorisations->setReadOnly(true);
    m_error->setWordWrap(true);
    m_rua->setPlaceholderText(tr("dmarc-reports@example.com"));
    m_ruf->setPlaceholderText(tr("dmarc-failures@example.com"));
    auto *fo = new QHBoxLayout;
    //: fo= options of RFC 9989: 0, 1, d, s
    const QStringList foLabels{
        tr("0: all failed"), tr("1: any failed"), tr("d: DKIM failed"), tr("s: SPF failed")};
    for (int i = 0; i < FailureOptions.size(); ++i) {
        auto *box = new QCheckBox(foLabels.at(i));
        box->setObjectName(QStringLiteral("fo%1CheckBox").arg(FailureOptions.at(i)));
        fo->addWidget(box);
        m_fo << box;
        connect(box, &QCheckBox::toggled, this, &DmarcPolicyPage::update);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Domain:"), m_domain);
    form->addRow(tr("Policy (p=):"), m_policy);
    form->addRow(tr("Subdomains (sp=):"), m_subdomain);
    form->addRow(tr("Non-existent names (np=):"), m_nonExistent);
    form->addRow(m_dkimStrict);
    form->addRow(m_spfStrict);
    form->addRow(m_testMode);
    form->addRow(tr("Aggregate reports to (rua=, one per line):"), m_rua);
    form->addRow(tr("Failure reports to (ruf=, one per line):"), m_ruf);
    form->addRow(tr("Failure report options (fo=):"), fo);
    form->addRow(tr("DNS record:"), m_record);
    form->addRow(tr("External report hosts must publish:"), m_authorisations);
    form->addRow(tr("Check of the draft:"), m_findings);
    form->addRow(m_error);
    form->addRow(buttons);

    for (QComboBox *box : {m_policy, m_subdomain, m_nonExistent})
        connect(box, &QComboBox::currentIndexChanged, this, &DmarcPolicyPage::update);
    for (QCheckBox *box : {m_dkimStrict, m_spfStrict, m_testMode})
        connect(box, &QCheckBox::toggled, this, &DmarcPolicyPage::update);
    connect(m_domain, &QLineEdit::textChanged, this, &DmarcPolicyPage::update);
    connect(m_rua, &QPlainTextEdit::textChanged, this, &DmarcPolicyPage::update);
    connect(m_ruf, &QPlainTextEdit::textChanged, this, &DmarcPolicyPage::update);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_record->text());
    });
    connect(m_export, &QPushButton::clicked, this, &DmarcPolicyPage::exportRequested);
    update();
}

void DmarcPolicyPage::setDomain(const QString &domain)
{
    m_domain->setText(domain);
}

Dmarc::Draft DmarcPolicyPage::draft() const
{
    Dmarc::Draft draft;
    const auto domain = DomainName::fromUserInput(m_domain->text());
    draft.domain = domain ? *domain : QString();
    const auto policyAt = [](int index) { return Dmarc::Policy(std::max(0, index)); };
    draft.policy.policy = policyAt(m_policy->currentIndex());
    draft.writeSubdomainPolicy = m_subdomain->currentIndex() > 0;
    draft.policy.subdomainPolicy = draft.writeSubdomainPolicy
                                       ? policyAt(m_subdomain->currentIndex() - 1)
                                       : draft.policy.policy;
    draft.writeNonExistentPolicy = m_nonExistent->currentIndex() > 0;
    draft.policy.nonExistentPolicy = draft.writeNonExistentPolicy
                                         ? policyAt(m_nonExistent->currentIndex() - 1)
                                         : draft.policy.subdomainPolicy;
    draft.policy.dkimAlignment
        = m_dkimStrict->isChecked() ? Dmarc::AlignmentMode::Strict : Dmarc::AlignmentMode::Relaxed;
    draft.policy.spfAlignment
        = m_spfStrict->isChecked() ? Dmarc::AlignmentMode::Strict : Dmarc::AlignmentMode::Relaxed;
    draft.policy.testMode = m_testMode->isChecked();
    draft.rua = lines(m_rua);
    draft.ruf = lines(m_ruf);
    for (int i = 0; i < m_fo.size(); ++i) {
        if (m_fo.at(i)->isChecked())
            draft.failureOptions << FailureOptions.at(i);
    }
    return draft;
}

QString DmarcPolicyPage::zoneLine() const
{
    return m_record->text();
}

bool DmarcPolicyPage::isComplete() const
{
    return !m_record->text().isEmpty();
}

void DmarcPolicyPage::update()
{
    const auto domain = DomainName::fromUserInput(m_domain->text());
    const Dmarc::Draft current = draft();
    m_error->setText(domain ? QString() : domain.error().detail);
    m_record->setText(domain ? Dmarc::zoneLine(current) : QString());
    m_authorisations->setPlainText(domain ? Dmarc::authorisationLines(current).join(u'\n')
                                          : QString());
    // What-if: the draft read back by the model's parser, with the same findings as a check.
    m_findings->clear();
    if (domain) {
        const Dmarc::Record record = Dmarc::parseRecord(Dmarc::recordText(current).toUtf8());
        for (const Finding &finding : Dmarc::recordFindings(record, current.domain)) {
            auto *item = new QListWidgetItem(Audit::FindingCatalogue::text(finding).title);
            item->setData(Qt::UserRole, finding.id);
            m_findings->addItem(item);
        }
    }
    m_copy->setEnabled(bool(domain));
    m_export->setEnabled(bool(domain));
    for (QCheckBox *box : std::as_const(m_fo))
        box->setEnabled(!current.ruf.isEmpty()); // fo= only means something with ruf=
    emit completeChanged();
}

} // namespace Sceau::Widgets
