#include "widgets/wizards/spf/spfsenderspage.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"
#include "model/dns/textescape.h"
#include "model/spf/draftresolver.h"
#include "model/spf/spfdraftimport.h"
#include "model/spf/spfflatten.h"
#include "model/spf/spflimits.h"
#include "model/spf/spfrecordselection.h"
#include "model/spf/spfvalidator.h"
#include "widgets/wizards/spf/spfflattenpanel.h"
#include "widgets/wizards/spf/spfwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
using Spf::MaxLookups; // RFC 7208 §4.6.4

QStringList entries(const QLineEdit *edit)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return edit->text().split(separators, Qt::SkipEmptyParts);
}
} // namespace

SpfSendersPage::SpfSendersPage(SpfWizard *wizard)
    : m_wizard(wizard)
    , m_senders(new QWidget(this))
    , m_loadProgress(new QProgressBar(this))
    , m_currentLabel(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_notesLabel(new QLabel(this))
    , m_keptList(new QListWidget(m_senders))
    , m_presets(new QWidget(m_senders))
    , m_mxCheck(new QCheckBox(tr("The domain's mail servers (MX) send mail"), m_senders))
    , m_aCheck(new QCheckBox(tr("The domain's own address (A/AAAA) sends mail"), m_senders))
    , m_ip4Edit(new QLineEdit(m_senders))
    , m_ip6Edit(new QLineEdit(m_senders))
    , m_includesEdit(new QLineEdit(m_senders))
    , m_budgetLabel(new QLabel(m_senders))
    , m_flattenButton(new QPushButton(tr("&Flatten…"), m_senders))
    , m_flattenPanel(new SpfFlattenPanel(m_senders))
    , m_flattenedLabel(new QLabel(m_senders))
    //: the ip4:/ip6: terms of the draft, one per line, shown once includes are flattened
    , m_rangesCaption(new QLabel(tr("Ranges of the record, one per line:"), m_senders))
    , m_rangesView(new QPlainTextEdit(m_senders))
    , m_draftFindingsLabel(new QLabel(m_senders))
    , m_problemLabel(new QLabel(this))
    , m_budgetTimer(new QTimer(this))
{
    setTitle(tr("Senders"));
    setSubTitle(tr("Which services and servers send mail for this domain?"));
    m_loadProgress->setObjectName(QStringLiteral("loadProgressBar"));
    m_loadProgress->setRange(0, 0); // busy
    m_loadProgress->setTextVisible(false);
    m_loadProgress->hide();
    m_currentLabel->setObjectName(QStringLiteral("currentRecordLabel"));
    m_currentLabel->setWordWrap(true);
    m_currentLabel->setTextFormat(Qt::PlainText); // it shows record text from the DNS
    m_currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(QStringLiteral("retryLoadPushButton"));
    m_retryButton->hide();
    m_notesLabel->setObjectName(QStringLiteral("importNotesLabel"));
    m_notesLabel->setWordWrap(true);
    m_keptList->setObjectName(QStringLiteral("keptTermsListWidget"));
    m_keptList->setMaximumHeight(90);
    m_presets->setObjectName(QStringLiteral("presetsWidget"));
    m_mxCheck->setObjectName(QStringLiteral("mxCheckBox"));
    m_aCheck->setObjectName(QStringLiteral("aCheckBox"));
    m_ip4Edit->setObjectName(QStringLiteral("ip4LineEdit"));
    m_ip6Edit->setObjectName(QStringLiteral("ip6LineEdit"));
    m_includesEdit->setObjectName(QStringLiteral("includesLineEdit"));
    m_budgetLabel->setObjectName(QStringLiteral("budgetLabel"));
    m_budgetLabel->setWordWrap(true); // "14 / 10 — too many…" is never cut
    m_flattenButton->setObjectName(QStringLiteral("flattenPushButton"));
    m_flattenButton->setCheckable(true);
    m_flattenButton->hide();
    m_flattenPanel->setObjectName(QStringLiteral("flattenPanel"));
    m_flattenPanel->hide();
    m_flattenedLabel->setObjectName(QStringLiteral("flattenedWarningLabel"));
    m_flattenedLabel->setWordWrap(true);
    m_flattenedLabel->hide();
    // Flattened ranges, one per line: readable where a one-line field is not.
    m_rangesView->setObjectName(QStringLiteral("rangesPlainTextEdit"));
    m_rangesView->setReadOnly(true);
    m_rangesView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rangesView->setMinimumHeight(m_rangesView->fontMetrics().lineSpacing() * 6);
    m_rangesView->hide();
    m_rangesCaption->setObjectName(QStringLiteral("rangesLabel"));
    m_rangesCaption->setWordWrap(true);
    m_rangesCaption->hide();
    m_draftFindingsLabel->setObjectName(QStringLiteral("draftFindingsLabel"));
    m_draftFindingsLabel->setWordWrap(true);
    m_draftFindingsLabel->hide();
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_ip4Edit->setPlaceholderText(QStringLiteral("192.0.2.0/24, 198.51.100.7"));
    m_ip6Edit->setPlaceholderText(QStringLiteral("2001:db8::/32"));
    m_includesEdit->setPlaceholderText(QStringLiteral("_spf.example.net"));
    // One check box per provider, all shown: the page scrolls, never a list of one row.
    auto *presets = new QVBoxLayout(m_presets);
    presets->setContentsMargins(0, 0, 0, 0);
    for (const Spf::SenderPreset &preset : Spf::senderPresets()) {
        auto *box
            = new QCheckBox(QStringLiteral("%1 (%2)").arg(preset.name, preset.include), m_presets);
        box->setObjectName(QStringLiteral("presetCheckBox"));
        box->setProperty("include", preset.include);
        presets->addWidget(box);
        m_presetBoxes << box;
    }
    auto *form = new QFormLayout(m_senders);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // long French labels above their field
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *presetsLabel = new QLabel(tr("&Providers:"), m_senders);
    presetsLabel->setBuddy(m_presetBoxes.first());
    form->addRow(presetsLabel, m_presets);
    form->addRow(m_mxCheck);
    form->addRow(m_aCheck);
    form->addRow(tr("IPv&4 ranges:"), m_ip4Edit);
    form->addRow(tr("IPv&6 ranges:"), m_ip6Edit);
    form->addRow(tr("Other &includes:"), m_includesEdit);
    //: terms of the published SPF record the wizard does not offer; unchecked ones are dropped
    form->addRow(tr("&Kept as-is:"), m_keptList);
    //: the number of DNS lookups an SPF record costs, out of the 10 allowed
    form->addRow(tr("DNS lookups:"), m_budgetLabel);
    form->addRow(m_flattenButton);
    form->addRow(m_flattenPanel);
    form->addRow(m_flattenedLabel);
    form->addRow(m_rangesCaption);
    form->addRow(m_rangesView);
    form->addRow(m_draftFindingsLabel);
    // Everything scrolls: at any size every provider and every line can be reached.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadProgress);
    layout->addWidget(m_currentLabel);
    layout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_senders);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sendersScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrap, never scroll sideways
    scroll->setWidget(content);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);

    m_budgetTimer->setSingleShot(true);
    m_budgetTimer->setInterval(300);
    connect(m_budgetTimer, &QTimer::timeout, this, &SpfSendersPage::computeBudget);
    auto changed = [this] {
        if (m_writing)
            return;
        readDraft();
        emit completeChanged();
        m_budgetTimer->start();
    };
    for (QCheckBox *box : std::as_const(m_presetBoxes))
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_keptList, &QListWidget::itemChanged, this, changed);
    connect(m_mxCheck, &QCheckBox::toggled, this, changed);
    connect(m_aCheck, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {m_ip4Edit, m_ip6Edit, m_includesEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_flattenButton, &QPushButton::toggled, m_flattenPanel, &QWidget::setVisible);
    connect(m_flattenPanel, &SpfFlattenPanel::flattenRequested, this, &SpfSendersPage::flatten);
    connect(m_retryButton, &QPushButton::clicked, this, [this] { load(m_wizard->draft().domain); });
    // What was asked of the old resolver is asked again of the new one.
    connect(m_wizard, &SpfWizard::resolverChanged, this, [this] {
        if (m_wizard->currentPage() != this)
            return;
        if (m_loading)
            load(m_wizard->draft().domain);
        else
            computeBudget();
    });
}

void SpfSendersPage::initializePage()
{
    const QString domain = m_wizard->draft().domain;
    if (domain != m_loadedDomain) {
        load(domain); // a new domain: its published record is the starting point
        return;
    }
    readDraft();
    computeBudget();
}

void SpfSendersPage::cleanupPage()
{
    ++m_ticket; // a budget still being computed is for a page the user left
    if (m_loading) {
        ++m_loadTicket; // so is a record being loaded: loaded again on the way back
        m_loading = false;
        m_loadProgress->hide();
        m_senders->setEnabled(true);
    }
    m_budgetTimer->stop();
    QWizardPage::cleanupPage();
}

bool SpfSendersPage::isComplete() const
{
    const Spf::SpfDraft &draft = m_wizard->draft();
    const bool anySender = draft.mx || draft.a || !draft.ip4.isEmpty() || !draft.ip6.isEmpty()
                           || !draft.includes.isEmpty() || !draft.extraTerms.isEmpty();
    return !m_loading && anySender && draft.invalidEntries().isEmpty();
}

void SpfSendersPage::load(QString domain)
{
    const quint64 ticket = ++m_loadTicket;
    ++m_ticket;
    m_loading = true;
    m_loadedDomain.clear();
    Spf::SpfDraft &draft = m_wizard->draft();
    draft = Spf::SpfDraft{};
    draft.domain = domain;
    writeDraft();
    m_senders->setEnabled(false);
    m_loadProgress->show();
    m_retryButton->hide();
    m_notesLabel->clear();
    m_budgetLabel->clear();
    m_flattenButton->setChecked(false);
    m_flattenButton->hide();
    m_invalidTerms.clear();
    m_currentLabel->setText(tr("Loading the current SPF record of %1…").arg(domain));
    emit completeChanged();
    onResult(m_wizard->resolver()->lookup(domain, Dns::RrType::TXT),
             this,
             [this, ticket, domain](const Dns::LookupResult &txt) {
                 if (ticket != m_loadTicket)
                     return; // the user went Back, or asked again
                 loaded(domain, Spf::currentRecord(domain, txt));
             });
}

void SpfSendersPage::loaded(const QString &domain, const Spf::CurrentRecord &current)
{
    using State = Spf::CurrentRecord::State;
    m_loading = false;
    m_loadProgress->hide();
    m_senders->setEnabled(true);
    m_loadedDomain = domain;
    switch (current.state) {
    case State::Loaded: {
        m_wizard->draft() = current.import.draft;
        QStringList notes;
        for (const Spf::ImportNote &note : current.import.notes) {
            if (note.action != Spf::ImportNote::Action::Kept)
                notes << note.toString();
            if (note.reason == Spf::ImportNote::Reason::Invalid)
                m_invalidTerms << note;
        }
        m_notesLabel->setText(notes.join(u'\n'));
        writeDraft();
        for (const Spf::ImportNote &note : current.import.notes) {
            const auto items = m_keptList->findItems(note.term, Qt::MatchExactly);
            for (QListWidgetItem *item : items)
                item->setToolTip(note.toString());
        }
        //: %1 a domain, %2 its published SPF record (protocol text)
        m_currentLabel->setText(tr("Current record of %1, loaded below: %2")
                                    .arg(domain, Dns::escapeLatin1Text(current.records.first())));
        break;
    }
    case State::NoRecord:
        m_currentLabel->setText(tr("%1 publishes no SPF record yet.").arg(domain));
        break;
    case State::Several:
        m_currentLabel->setText(tr("%1 publishes %n SPF records, which receivers treat as a "
                                   "permanent error; none was loaded. Publish only the record "
                                   "composed here, and remove the others.",
                                   nullptr,
                                   int(current.records.size()))
                                    .arg(domain));
        break;
    case State::Invalid:
        //: %1 a domain, %2 the technical reason
        m_currentLabel->setText(tr("The current record of %1 is not valid SPF (%2); it was not "
                                   "loaded.")
                                    .arg(domain, current.error.detail));
        break;
    case State::LookupFailed:
        m_loadedDomain.clear(); // loaded again on Retry or when the page is entered again
        //: %1 why the DNS lookup failed
        m_currentLabel->setText(
            tr("Could not load the current record: %1").arg(describe(current.error)));
        m_retryButton->show();
        break;
    }
    readDraft();
    emit completeChanged();
    computeBudget();
}

void SpfSendersPage::writeDraft()
{
    const Spf::SpfDraft &draft = m_wizard->draft();
    m_writing = true;
    m_mxCheck->setChecked(draft.mx);
    m_aCheck->setChecked(draft.a);
    m_ip4Edit->setText(draft.ip4.join(u' '));
    m_ip6Edit->setText(draft.ip6.join(u' '));
    QStringList others;
    for (const QString &include : draft.includes)
        others << include;
    for (QCheckBox *box : std::as_const(m_presetBoxes))
        box->setChecked(others.removeAll(box->property("include").toString()) > 0);
    m_includesEdit->setText(others.join(u' '));
    m_keptList->clear();
    for (const QString &term : draft.extraTerms) {
        auto *item = new QListWidgetItem(term, m_keptList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // The loaded record's invalid terms, marked: shown, never checkable, never in the draft.
    for (const Spf::ImportNote &note : std::as_const(m_invalidTerms)) {
        //: %1 a term of the published SPF record that is not valid SPF
        auto *item = new QListWidgetItem(tr("%1 — not valid, left out").arg(note.term), m_keptList);
        item->setData(Qt::UserRole, note.term);
        item->setFlags(Qt::ItemIsEnabled);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(note.toString());
    }
    m_keptList->setVisible(m_keptList->count() > 0);
    if (auto *form = qobject_cast<QFormLayout *>(m_senders->layout())) {
        if (QWidget *label = form->labelForField(m_keptList))
            label->setVisible(m_keptList->count() > 0);
    }
    m_writing = false;
}

void SpfSendersPage::readDraft()
{
    Spf::SpfDraft &draft = m_wizard->draft();
    draft.mx = m_mxCheck->isChecked();
    draft.a = m_aCheck->isChecked();
    draft.ip4 = entries(m_ip4Edit);
    draft.ip6 = entries(m_ip6Edit);
    draft.includes.clear();
    for (const QCheckBox *box : std::as_const(m_presetBoxes)) {
        if (box->isChecked())
            draft.includes << box->property("include").toString();
    }
    draft.includes << entries(m_includesEdit);
    draft.extraTerms.clear();
    for (int i = 0; i < m_keptList->count(); ++i) {
        if (m_keptList->item(i)->checkState() == Qt::Checked)
            draft.extraTerms << m_keptList->item(i)->text();
    }
    const QStringList invalid = draft.invalidEntries();
    //: %1 is a list of what the user typed
    m_problemLabel->setText(invalid.isEmpty()
                                ? QString()
                                : tr("Not valid: %1").arg(invalid.join(QStringLiteral(", "))));
    m_flattenedLabel->setVisible(!draft.flattened.isEmpty());
    //: %1 domains whose SPF include was replaced by the address ranges it listed
    m_flattenedLabel->setText(
        tr("Flattened: %1. These ranges go stale when the providers change their addresses: "
           "refresh them by running this wizard again regularly.")
            .arg(draft.flattened.join(QStringLiteral(", "))));
    m_wizard->draftChanged();
    showRanges();
    m_draftFindingsLabel->setText(m_wizard->draftFindingsText());
    m_draftFindingsLabel->setVisible(!m_draftFindingsLabel->text().isEmpty());
}

void SpfSendersPage::showRanges()
{
    const Spf::SpfDraft &draft = m_wizard->draft();
    QStringList lines;
    for (const QString &range : draft.ip4)
        lines << QStringLiteral("ip4:") + range;
    for (const QString &range : draft.ip6)
        lines << QStringLiteral("ip6:") + range;
    const bool shown = !draft.flattened.isEmpty();
    m_rangesView->setPlainText(lines.join(u'\n'));
    m_rangesView->setVisible(shown);
    m_rangesCaption->setVisible(shown);
}

void SpfSendersPage::computeBudget()
{
    const quint64 ticket = ++m_ticket;
    const Spf::SpfDraft &draft = m_wizard->draft();
    if (!draft.invalidEntries().isEmpty() || m_loading)
        return;
    m_budgetLabel->setText(tr("%1 / %2 (counting…)").arg(draft.directLookups()).arg(MaxLookups));
    auto *validator = new Spf::SpfValidator(m_wizard->draftResolver(), this);
    onResult(validator->validate(
                 Spf::Publication::from(draft.domain, m_wizard->draftResolver()->draftAnswer())),
             this,
             [this, ticket, validator](const Spf::SpfValidation &validation) {
                 validator->deleteLater();
                 if (ticket != m_ticket)
                     return;
                 // A failed lookup leaves the count unknown: never shown as a number.
                 if (!validation.failures.isEmpty()) {
                     //: the DNS lookups of the draft could not be counted
                     m_budgetLabel->setText(tr("could not count: %n lookup(s) failed",
                                               nullptr,
                                               int(validation.failures.size())));
                     m_flattenButton->setVisible(false);
                     m_flattenButton->setChecked(false);
                     return;
                 }
                 //: DNS lookups used by the draft record, out of the maximum
                 QString text = tr("%1 / %2").arg(validation.lookups).arg(MaxLookups);
                 const bool over = validation.lookups > MaxLookups;
                 if (over)
                     text += u' ' + tr("— too many: receivers will return a permanent error");
                 m_budgetLabel->setText(text);
                 m_flattenButton->setVisible(over && validation.tree);
                 if (over && validation.tree)
                     m_flattenPanel->setTree(
                         m_wizard->draft(), *validation.tree, validation.lookups);
                 else
                     m_flattenButton->setChecked(false);
             });
}

void SpfSendersPage::flatten()
{
    Spf::SpfDraft draft = m_wizard->draft();
    const QList<Spf::SpfTreeNode> chosen = m_flattenPanel->chosen();
    for (const Spf::SpfTreeNode &include : chosen) {
        const auto flattened = Spf::flattenInclude(draft, include);
        if (!flattened) {
            m_problemLabel->setText(flattened.error().detail);
            return; // nothing changed: all or none
        }
        draft = *flattened;
    }
    m_wizard->draft() = draft;
    writeDraft();
    readDraft();
    emit completeChanged();
    computeBudget();
}

} // namespace Sceau::Widgets
