#include "widgets/dialogs/messageanalysisdialog.h"

#include "model/core/async.h"
#include "model/dkim/message.h"
#include "model/dmarc/dmarcrecord.h"
#include "model/session/session.h"
#include "model/spf/spfresult.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

using Mail::StepState;

MessageAnalysisDialog::MessageAnalysisDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_messageEdit(new QPlainTextEdit(this))
    , m_headersOnlyCheck(new QCheckBox(tr("&Headers only (no body)"), this))
    , m_openButton(new QPushButton(tr("&Open .eml…"), this))
    , m_analyzeButton(new QPushButton(tr("&Analyze"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_statusLabel(new QLabel(this))
    , m_stepsTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("messageAnalysisDialog"));
    setWindowTitle(tr("Message analysis"));
    m_messageEdit->setObjectName(QStringLiteral("messageEdit"));
    m_messageEdit->setPlaceholderText(
        tr("Paste a received message, or only its headers, as your mail program shows its "
           "source."));
    m_messageEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_messageEdit->setAccessibleName(tr("Message"));
    m_headersOnlyCheck->setObjectName(QStringLiteral("headersOnlyCheckBox"));
    m_headersOnlyCheck->setToolTip(
        tr("Detected when no empty line ends the headers: the body hashes cannot be checked."));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_analyzeButton->setObjectName(QStringLiteral("analyzeButton"));
    m_analyzeButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_stepsTree->setObjectName(QStringLiteral("stepsTree"));
    m_stepsTree->setHeaderLabels({tr("Step"), tr("State"), tr("Details")});
    m_stepsTree->header()->setStretchLastSection(true);
    m_stepsTree->setAccessibleName(tr("Analysis steps"));
    m_stepsTree->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_headersOnlyCheck);
    buttons->addStretch();
    buttons->addWidget(m_analyzeButton);
    buttons->addWidget(m_cancelButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageEdit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_stepsTree, 2);
    layout->addWidget(close);
    resize(760, 640);

    connect(m_openButton, &QPushButton::clicked, this, &MessageAnalysisDialog::openFile);
    connect(m_analyzeButton, &QPushButton::clicked, this, &MessageAnalysisDialog::analyze);
    connect(m_cancelButton, &QPushButton::clicked, this, &MessageAnalysisDialog::cancel);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setRunning(false);
}

MessageAnalysisDialog::~MessageAnalysisDialog() = default;

void MessageAnalysisDialog::setMessage(const QByteArray &message)
{
    m_messageEdit->setPlainText(QString::fromUtf8(message));
}

void MessageAnalysisDialog::reject()
{
    if (m_analyzer)
        cancel();
    else
        QDialog::reject();
}

void MessageAnalysisDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a message"), {}, tr("Messages (*.eml *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_statusLabel->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > Dkim::MaxMessageSize) { // untrusted input is bounded
        //: %1 the limit in MiB
        m_statusLabel->setText(
            tr("The file is larger than %1 MiB.").arg(Dkim::MaxMessageSize / (1024 * 1024)));
        return;
    }
    setMessage(file.readAll());
}

void MessageAnalysisDialog::analyze()
{
    const auto prepared = Mail::prepareMessage(
        m_messageEdit->toPlainText().toUtf8(),
        m_headersOnlyCheck->isChecked() ? Mail::InputKind::HeadersOnly : Mail::InputKind::Detect);
    m_stepsTree->clear();
    if (!prepared) {
        m_statusLabel->setText(describe(prepared.error()));
        return;
    }
    // The run owns its analyzer: deleting it (Cancel) cancels the future and its callbacks.
    m_analyzer = new Mail::MessageAnalyzer(m_session->runResolver(this), this);
    setRunning(true);
    onResult(m_analyzer->analyze(*prepared), m_analyzer, [this](const Mail::MessageAnalysis &a) {
        m_analyzer->deleteLater();
        m_analyzer = nullptr;
        setRunning(false);
        showAnalysis(a);
        emit analysisFinished(a);
    });
}

void MessageAnalysisDialog::cancel()
{
    delete m_analyzer; // its lookups are dropped, its future canceled
    setRunning(false);
    m_statusLabel->setText(tr("Analysis canceled."));
}

void MessageAnalysisDialog::setRunning(bool running)
{
    m_messageEdit->setReadOnly(running);
    m_openButton->setEnabled(!running);
    m_headersOnlyCheck->setEnabled(!running);
    m_analyzeButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    if (running)
        m_statusLabel->setText(tr("Analyzing: DKIM keys, SPF and DMARC lookups…"));
}

namespace {
QString stateText(StepState state)
{
    switch (state) {
    case StepState::Pass:
        return MessageAnalysisDialog::tr("Pass");
    case StepState::Fail:
        return MessageAnalysisDialog::tr("Fail");
    case StepState::NotEvaluated:
        return MessageAnalysisDialog::tr("Not evaluated");
    case StepState::CouldNotCheck:
        return MessageAnalysisDialog::tr("Could not check");
    }
    return {};
}

QTreeWidgetItem *
addStep(QTreeWidget *tree, const QString &name, StepState state, const QString &reason)
{
    auto *item = new QTreeWidgetItem(tree, {name, stateText(state), Mail::stepReasonText(reason)});
    item->setData(1, MessageAnalysisDialog::StateRole, Mail::stepStateToken(state));
    item->setToolTip(2, item->text(2));
    return item;
}

void addEvidence(QTreeWidgetItem *step, const QString &text)
{
    auto *item = new QTreeWidgetItem(step, {QString(), QString(), text});
    item->setToolTip(2, text);
}
} // namespace

void MessageAnalysisDialog::showAnalysis(const Mail::MessageAnalysis &a)
{
    m_statusLabel->setText(a.headersOnly ? tr("Headers only: the body hashes are not checked.")
                                         : tr("Analysis of the whole message."));
    QTreeWidgetItem *dkim = addStep(m_stepsTree, tr("1. DKIM"), a.dkim.state, a.dkim.reason);
    for (const Mail::SignatureCheck &check : a.dkim.signatures)
        //: %1 domain, %2 selector, %3 algorithm, %4 state, %5 the verifier's reason token
        addEvidence(dkim,
                    tr("d=%1 s=%2 a=%3: %4 %5")
                        .arg(check.result.domain,
                             check.result.selector,
                             check.result.algorithm,
                             stateText(check.state),
                             check.reason)
                        .trimmed());
    QTreeWidgetItem *spf = addStep(m_stepsTree, tr("2. SPF"), a.spf.state, a.spf.reason);
    if (!a.spf.sender.ip.isNull())
        //: %1 IP address, %2 MAIL FROM, %3 HELO, %4 the header field it was read from
        addEvidence(spf,
                    tr("IP %1, MAIL FROM %2, HELO %3 (from %4)")
                        .arg(a.spf.sender.ip.toString(),
                             a.spf.sender.mailFrom,
                             a.spf.sender.helo,
                             Mail::traceSourceToken(a.spf.sender.ipSource)));
    if (a.spf.evaluation)
        //: %1 domain, %2 the RFC 7208 result token, %3 the deciding term
        addEvidence(spf,
                    tr("check_host(%1): %2 %3")
                        .arg(a.spf.evaluation->domain,
                             Spf::verdictToken(a.spf.evaluation->verdict),
                             a.spf.evaluation->matchedTerm)
                        .trimmed());
    QTreeWidgetItem *dmarc = addStep(m_stepsTree, tr("3. DMARC"), a.dmarc.state, a.dmarc.reason);
    if (!a.dmarc.fromDetail.isEmpty())
        addEvidence(dmarc, a.dmarc.fromDetail);
    if (a.dmarc.alignment) {
        const Dmarc::AlignmentResult &al = *a.dmarc.alignment;
        //: %1 the From domain, %2 and %3 yes or no
        addEvidence(dmarc,
                    tr("From %1: SPF aligned: %2, DKIM aligned: %3")
                        .arg(a.dmarc.fromDomain,
                             al.spfAligned ? tr("yes") : tr("no"),
                             al.dkimAligned ? tr("yes") : tr("no")));
        if (al.policy)
            //: %1 policy domain, %2 and %3 none, quarantine or reject (tokens)
            addEvidence(dmarc,
                        tr("Policy of %1: p=%2, on failure: %3")
                            .arg(al.policyDomain,
                                 Dmarc::policyToken(al.requested),
                                 Dmarc::policyToken(al.disposition)));
    }
    QTreeWidgetItem *oneClick
        = addStep(m_stepsTree, tr("4. One-click unsubscribe"), a.oneClick.state, a.oneClick.reason);
    if (!a.oneClick.listUnsubscribe.isEmpty())
        addEvidence(oneClick, QStringLiteral("List-Unsubscribe: ") + a.oneClick.listUnsubscribe);
    if (!a.oneClick.listUnsubscribePost.isEmpty())
        addEvidence(oneClick,
                    QStringLiteral("List-Unsubscribe-Post: ") + a.oneClick.listUnsubscribePost);
    QStringList seen;
    for (const Mail::SelectorSeen &s : a.selectors)
        seen << QStringLiteral("d=%1 s=%2").arg(s.domain, s.selector);
    new QTreeWidgetItem(
        m_stepsTree,
        {tr("5. Selectors seen"), QString(), seen.isEmpty() ? tr("none") : seen.join(u", ")});
    m_stepsTree->expandAll();
    m_stepsTree->resizeColumnToContents(0);
    m_stepsTree->resizeColumnToContents(1);
}

} // namespace Sceau::Widgets
