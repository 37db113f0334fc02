#include "widgets/views/dkimkeysview.h"

#include "model/dkim/keyspec.h"
#include "model/dkim/rotation.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
enum Column { DomainColumn, SelectorColumn, TypeColumn, StateColumn, NextColumn, DueColumn };

QString stateText(const QString &token)
{
    switch (Dkim::keyStateFromToken(token).value_or(Dkim::KeyState::Generated)) {
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
    return token;
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
    m_tree->setHeaderLabels(
        {tr("Domain"), tr("Selector"), tr("Key"), tr("State"), tr("Next step"), tr("Due")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dkimDueLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_summary);
}

void DkimKeysView::setKeys(const QList<Storage::DkimKeyEntry> &keys, const QDateTime &now)
{
    m_tree->clear();
    const QList<Dkim::DueAction> due = Dkim::dueActions(keys, now);
    int overdue = 0;
    for (const Storage::DkimKeyEntry &key : keys) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DomainColumn, key.domain);
        item->setText(SelectorColumn, key.selector);
        item->setText(
            TypeColumn,
            Dkim::KeySpec::fromToken(key.algorithm).value_or(Dkim::KeySpec{}).displayName());
        item->setText(StateColumn, stateText(key.state));
        for (const Dkim::DueAction &action : due) {
            if (action.keyId != key.id)
                continue;
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
}

} // namespace Sceau::Widgets
