#include "widgets/wizards/spf/spfresultpage.h"

#include "model/core/async.h"
#include "model/spf/draftresolver.h"
#include "model/spf/spfevaluator.h"
#include "widgets/publish/publishpanel.h"
#include "widgets/wizards/spf/spfwizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sceau::Widgets {

SpfResultPage::SpfResultPage(SpfWizard *wizard)
    : m_wizard(wizard)
    , m_zoneLineEdit(new QPlainTextEdit(this))
    , m_testIpEdit(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("&Test"), this))
    , m_whatIfLabel(new QLabel(this))
    , m_staleLabel(new QLabel(this))
    , m_findingsLabel(new QLabel(this))
    , m_panel(new PublishPanel(wizard->session(), this))
{
    setTitle(tr("Record"));
    setSubTitle(tr("Check an address against the draft, then publish the record, or copy the "
                   "line into your DNS zone."));
    m_zoneLineEdit->setObjectName(QStringLiteral("zoneLinePlainTextEdit"));
    m_zoneLineEdit->setReadOnly(true);
    m_testIpEdit->setObjectName(QStringLiteral("testIpLineEdit"));
    m_testIpEdit->setPlaceholderText(QStringLiteral("192.0.2.10"));
    m_testButton->setObjectName(QStringLiteral("testPushButton"));
    m_whatIfLabel->setObjectName(QStringLiteral("whatIfLabel"));
    m_whatIfLabel->setWordWrap(true);
    m_staleLabel->setObjectName(QStringLiteral("staleRangesLabel"));
    m_staleLabel->setWordWrap(true);
    m_findingsLabel->setObjectName(QStringLiteral("resultFindingsLabel"));
    m_findingsLabel->setWordWrap(true);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testIpEdit);
    test->addWidget(m_testButton);
    auto *content = new QWidget(this);
    auto *layout = new QFormLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("&Zone line:"), m_zoneLineEdit);
    layout->addRow(m_staleLabel);
    layout->addRow(m_findingsLabel);
    auto *testLabel = new QLabel(tr("Test &address:"), this);
    testLabel->setBuddy(m_testIpEdit); // the mnemonic, not a literal "&"
    layout->addRow(testLabel, test);
    layout->addRow(m_whatIfLabel);
    layout->addRow(m_panel);
    layout->setRowVisible(m_zoneLineEdit, false); // the panel shows the lines, with Copy, Export
    auto *scroll = new QScrollArea(this);         // at any size every line can be reached
    scroll->setObjectName(QStringLiteral("resultScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);
    connect(m_testButton, &QPushButton::clicked, this, &SpfResultPage::evaluate);
    m_testIpEdit->installEventFilter(this);
}

bool SpfResultPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_testIpEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            evaluate();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void SpfResultPage::initializePage()
{
    const Spf::SpfDraft &draft = m_wizard->draft();
    m_zoneLineEdit->setPlainText(draft.zoneLine());
    m_staleLabel->setVisible(!draft.flattened.isEmpty());
    //: %1 domains whose SPF include was replaced by the address ranges it listed
    m_staleLabel->setText(tr("This record lists the ranges of %1 as they are today (flattened): "
                             "they go stale when those providers change their addresses. Run "
                             "this wizard again regularly to refresh them.")
                              .arg(draft.flattened.join(QStringLiteral(", "))));
    m_findingsLabel->setText(m_wizard->draftFindingsText());
    m_findingsLabel->setVisible(!m_findingsLabel->text().isEmpty());
    m_whatIfLabel->clear();
    m_panel->setZoneLines(draft.zoneLine());
}

void SpfResultPage::cleanupPage()
{
    ++m_ticket;
    QWizardPage::cleanupPage();
}

void SpfResultPage::evaluate()
{
    const quint64 ticket = ++m_ticket;
    QHostAddress ip;
    if (!ip.setAddress(m_testIpEdit->text().trimmed())) {
        m_whatIfLabel->setText(
            tr("“%1” is not an IPv4 or IPv6 address.").arg(m_testIpEdit->text()));
        return;
    }
    const QString domain = m_wizard->draft().domain;
    m_whatIfLabel->setText(tr("Evaluating…"));
    auto *evaluator = new Spf::SpfEvaluator(m_wizard->draftResolver(), this);
    const Spf::CheckRequest request{ip, QStringLiteral("postmaster@") + domain, domain};
    onResult(
        evaluator->evaluate(request),
        this,
        [this, ticket, evaluator, ip](const Spf::Evaluation &result) {
            evaluator->deleteLater();
            if (ticket != m_ticket)
                return;
            const QString verdict = Spf::verdictToken(result.verdict);
            if (result.matchedTerm.isEmpty())
                //: %1 an address, %2 the SPF result token (pass, fail…), never translated
                m_whatIfLabel->setText(tr("%1: %2").arg(ip.toString(), verdict));
            else
                //: %1 an address, %2 the SPF result token, %3 the record term that decided
                m_whatIfLabel->setText(
                    tr("%1: %2 (decided by %3)").arg(ip.toString(), verdict, result.matchedTerm));
        });
}

} // namespace Sceau::Widgets
