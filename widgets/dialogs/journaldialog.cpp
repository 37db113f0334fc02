#include "widgets/dialogs/journaldialog.h"

#include "model/core/async.h"
#include "model/publish/publishservice.h"
#include "model/session/session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
QString actionName(Publish::ChangeAction action)
{
    switch (action) {
    case Publish::ChangeAction::Add:
        return JournalDialog::tr("add");
    case Publish::ChangeAction::Replace:
        return JournalDialog::tr("replace");
    case Publish::ChangeAction::Remove:
        return JournalDialog::tr("delete");
    }
    return {};
}

QString outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("done"))
        return JournalDialog::tr("done");
    if (outcome == QLatin1String("changed"))
        return JournalDialog::tr("refused: the records had changed");
    if (outcome == QLatin1String("failed"))
        return JournalDialog::tr("refused by the server");
    if (outcome == QLatin1String("unreachable"))
        return JournalDialog::tr("server not reached");
    if (outcome == QLatin1String("could-not-read"))
        return JournalDialog::tr("could not read the records");
    return JournalDialog::tr("no answer recorded");
}

QString listed(const QStringList &values)
{
    return values.isEmpty() ? JournalDialog::tr("(no record)") : values.join(u'\n');
}
} // namespace

JournalDialog::JournalDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("journalDialog"));
    setWindowTitle(tr("Published changes"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Action"), tr("Name"), tr("Type"), tr("Credential"), tr("Outcome")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Published changes"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("journalDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatusLabel"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rollBack = buttons->addButton(tr("&Roll back…"), QDialogButtonBox::ActionRole);
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBack->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rollBack, &QPushButton::clicked, this, &JournalDialog::rollBack);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JournalDialog::showSelected);
    resize(760, 460);
    reload();
}

void JournalDialog::reload()
{
    m_table->setRowCount(0);
    m_entries.clear();
    const auto service = m_session->publishing();
    const auto entries = service ? (*service)->journal().list(500)
                                 : Result<QList<Publish::JournalEntry>>(service.error());
    if (!entries) {
        m_status->setText(describe(entries.error()));
        return;
    }
    m_entries = *entries;
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const Publish::JournalEntry &e = m_entries.at(row);
        const QStringList cells{QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat),
                                actionName(e.change.action),
                                e.change.ref.owner,
                                Dns::typeName(e.change.ref.type),
                                e.change.credential,
                                outcomeName(e.outcome)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (m_entries.isEmpty())
        m_status->setText(tr("Nothing has been published from this workspace yet."));
    showSelected();
}

void JournalDialog::showSelected()
{
    const int row = m_table->currentRow();
    const bool selected
        = m_table->selectionModel()->hasSelection() && row >= 0 && row < m_entries.size();
    m_rollBack->setEnabled(selected && m_entries.at(row).done());
    if (!selected) {
        m_details->clear();
        return;
    }
    const Publish::JournalEntry &e = m_entries.at(row);
    QString text = tr("Before:\n%1\n\nAfter:\n%2").arg(listed(e.before), listed(e.change.values));
    if (e.change.rollbackOf)
        //: %1 a journal entry's number
        text += u'\n' + tr("This change rolled back entry %1.").arg(*e.change.rollbackOf);
    if (!e.detail.isEmpty())
        text += u'\n' + e.detail;
    m_details->setText(text);
}

void JournalDialog::rollBack()
{
    const int row = m_table->currentRow();
    const auto service = m_session->publishing();
    if (row < 0 || row >= m_entries.size() || !service)
        return;
    const Publish::JournalEntry entry = m_entries.at(row);
    const auto undo = Publish::rollbackOf(entry);
    if (!undo) {
        m_status->setText(undo.error().detail);
        return;
    }
    //: %1 a DNS name, %2 the values it will hold again
    const auto answer = QMessageBox::question(
        this,
        tr("Roll back"),
        tr("Put %1 back as it was?\n\n%2\n\nThis is refused if the records changed since.")
            .arg(entry.change.ref.owner, listed(undo->values)));
    if (answer != QMessageBox::Yes)
        return;
    m_rollBack->setEnabled(false);
    m_status->setText(tr("Rolling back…"));
    onResult((*service)->rollback(entry.id), this, [this](const Result<Publish::Applied> &applied) {
        if (!applied) {
            m_status->setText(describe(applied.error()));
            emit rolledBack(false);
            return;
        }
        const bool done = applied->result.outcome == Publish::PublishOutcome::Done;
        reload();
        m_status->setText(done ? tr("Rolled back (journal entry %1).").arg(applied->entry.id)
                               : applied->result.detail);
        emit rolledBack(done);
    });
}

} // namespace Sceau::Widgets
