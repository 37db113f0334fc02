#include "widgets/views/dkimkeysview.h"

#include "model/dkim/keyspec.h"
#include "model/dkim/rotation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
enum Column {
    DomainColumn,
    SelectorColumn,
    TypeColumn,
    StateColumn,
    SinceColumn,
    NextColumn,
    DueColumn
};
enum Role { KeyIdRole = Qt::UserRole, HasStepRole, ActiveRole };

// When the key entered its current state.
QDateTime since(const Dkim::StoredKey &key)
{
    switch (key.state) {
    case Dkim::KeyState::Generated:
        return key.created;
    case Dkim::KeyState::Published:
        return key.published;
    case Dkim::KeyState::Active:
        return key.activated;
    case Dkim::KeyState::Retiring:
        return key.retiring;
    case Dkim::KeyState::Revoked:
        return key.revoked;
    case Dkim::KeyState::Destroyed:
        return key.destroyed;
    }
    return {};
}

QString stateText(Dkim::KeyState state)
{
    switch (state) {
    case Dkim::KeyState::Generated:
        //: DKIM key state
        return DkimKeysView::tr("generated");
    case Dkim::KeyState::Published:
        return DkimKeysView::tr("published");
    case Dkim::KeyState::Active:
        return DkimKeysView::tr("active");
    case Dkim::KeyState::Retiring:
        return DkimKeysView::tr("retiring");
    case Dkim::KeyState::Revoked:
        return DkimKeysView::tr("revoked");
    case Dkim::KeyState::Destroyed:
        return DkimKeysView::tr("destroyed");
    }
    return {};
}

QString actionText(const QString &action)
{
    if (action == u"publish")
        //: next step of a DKIM key
        return DkimKeysView::tr("publish its record");
    if (action == u"activate")
        return DkimKeysView::tr("start signing with it");
    if (action == u"rotate")
        return DkimKeysView::tr("replace it");
    if (action == u"revoke")
        return DkimKeysView::tr("publish an empty p=");
    return DkimKeysView::tr("erase the private key");
}
} // namespace

DkimKeysView::DkimKeysView(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dkimKeysTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Domain"),
                             tr("Selector"),
                             tr("Key"),
                             tr("State"),
                             tr("Since"),
                             tr("Next step"),
                             tr("Due")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dkimDueLabel"));
    m_nextStepButton = new QPushButton(tr("&Next step…"), this);
    m_nextStepButton->setObjectName(QStringLiteral("nextStepPushButton"));
    m_rotateButton = new QPushButton(tr("&Rotate…"), this);
    m_rotateButton->setObjectName(QStringLiteral("rotatePushButton"));
    connect(m_nextStepButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedKeyId())
            emit nextStepRequested(id);
    });
    connect(m_rotateButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedKeyId())
            emit rotateRequested(id);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DkimKeysView::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_nextStepButton);
    buttons->addWidget(m_rotateButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    updateButtons();
}

qint64 DkimKeysView::selectedKeyId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(DomainColumn, KeyIdRole).toLongLong() : 0;
}

void DkimKeysView::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_nextStepButton->setEnabled(item && item->data(DomainColumn, HasStepRole).toBool());
    m_rotateButton->setEnabled(item && item->data(DomainColumn, ActiveRole).toBool());
}

void DkimKeysView::setKeys(const QList<Dkim::StoredKey> &keys, const QDateTime &now)
{
    const qint64 selected = selectedKeyId();
    m_tree->clear();
    const QList<Dkim::DueAction> due = Dkim::dueActions(keys, now);
    int overdue = 0;
    for (const Dkim::StoredKey &key : keys) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DomainColumn, key.domain);
        item->setText(SelectorColumn, key.selector);
        item->setText(TypeColumn, key.spec.displayName());
        item->setText(StateColumn, stateText(key.state));
        item->setText(SinceColumn,
                      QLocale().toString(since(key).toLocalTime(), QLocale::ShortFormat));
        item->setData(DomainColumn, KeyIdRole, key.id);
        item->setData(DomainColumn, ActiveRole, key.state == Dkim::KeyState::Active);
        for (const Dkim::DueAction &action : due) {
            if (action.keyId != key.id)
                continue;
            item->setData(DomainColumn, HasStepRole, true);
            item->setText(NextColumn, actionText(action.action));
            item->setText(DueColumn,
                          QLocale().toString(action.due.toLocalTime(), QLocale::ShortFormat));
            if (action.overdue) {
                ++overdue;
                item->setForeground(DueColumn, palette().brush(QPalette::Highlight));
            }
        }
    }
    m_summary->setText(tr("%n key(s), %1 step(s) due", nullptr, int(keys.size())).arg(overdue));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(DomainColumn, KeyIdRole).toLongLong() == selected)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
    updateButtons();
}

} // namespace Sceau::Widgets
