#include "widgets/views/dkimkeysview.h"

#include "model/dkim/keyrecord.h"
#include "model/dkim/keyspec.h"
#include "model/dkim/rotation.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
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
    m_copyButton = new QPushButton(tr("&Copy record"), this);
    m_copyButton->setObjectName(QStringLiteral("copyRecordPushButton"));
    m_copyButton->setToolTip(tr("Copy the key's DNS record as a zone-file line"));
    m_exportButton = new QPushButton(tr("&Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    m_exportButton->setToolTip(
        tr("Write the private key for the mail server and show the signer's configuration"));
    m_abandonButton = new QPushButton(tr("&Abandon…"), this);
    m_abandonButton->setObjectName(QStringLiteral("abandonPushButton"));
    m_abandonButton->setToolTip(tr("Erase a key that was never published"));
    connect(m_nextStepButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedKeyId())
            emit nextStepRequested(id);
    });
    connect(m_rotateButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedKeyId())
            emit rotateRequested(id);
    });
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        const Dkim::StoredKey *key = selectedKey();
        if (!key)
            return;
        // A revoked or destroyed key's record is the empty p= (RFC 6376 §3.6.1).
        const bool revoked
            = key->state == Dkim::KeyState::Revoked || key->state == Dkim::KeyState::Destroyed;
        const QString record
            = Dkim::recordForKey(key->spec.algorithm, revoked ? QByteArray() : key->publicKey)
                  .toText();
        QApplication::clipboard()->setText(Dkim::zoneLine(key->selector, key->domain, record));
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedKeyId())
            emit exportRequested(id);
    });
    connect(m_abandonButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedKeyId())
            emit abandonRequested(id);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DkimKeysView::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_abandonButton);
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

const Dkim::StoredKey *DkimKeysView::selectedKey() const
{
    const qint64 id = selectedKeyId();
    for (const Dkim::StoredKey &key : m_keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

void DkimKeysView::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Dkim::StoredKey *key = selectedKey();
    m_nextStepButton->setEnabled(item && item->data(DomainColumn, HasStepRole).toBool());
    m_rotateButton->setEnabled(item && item->data(DomainColumn, ActiveRole).toBool());
    m_copyButton->setEnabled(key);
    m_exportButton->setEnabled(key && !key->encryptedPrivateKey.isEmpty());
    m_abandonButton->setEnabled(key && key->state == Dkim::KeyState::Generated);
}

void DkimKeysView::setKeys(const QList<Dkim::StoredKey> &keys, const QDateTime &now)
{
    const qint64 selected = selectedKeyId();
    m_tree->clear();
    m_keys = keys;
    const QList<Dkim::DueAction> due = Dkim::dueActions(keys, now);
    int overdue = 0;
    for (const Dkim::StoredKey &key : keys) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DomainColumn, key.domain);
        item->setText(SelectorColumn, key.selector);
        item->setText(TypeColumn, key.spec.displayName());
        item->setText(StateColumn, stateText(key.state));
        if (!key.confirmedByHand.isEmpty()) {
            //: %1 a DKIM key state; a step the nameservers could not verify, the user confirmed
            item->setText(StateColumn, tr("%1 (confirmed by hand)").arg(stateText(key.state)));
            item->setToolTip(StateColumn,
                             tr("The nameservers could not be asked: this step was confirmed by "
                                "hand, not verified by Sceau."));
        }
        item->setText(SinceColumn,
                      QLocale().toString(since(key).toLocalTime(), QLocale::ShortFormat));
        item->setData(DomainColumn, KeyIdRole, key.id);
        item->setData(DomainColumn, ActiveRole, key.state == Dkim::KeyState::Active);
        for (const Dkim::DueAction &action : due) {
            if (action.keyId != key.id)
                continue;
            item->setData(DomainColumn, HasStepRole, true);
            item->setText(NextColumn, actionText(action.action));
            const QString dueAt
                = QLocale().toString(action.due.toLocalTime(), QLocale::ShortFormat);
            item->setText(DueColumn, dueAt);
            if (action.overdue) {
                ++overdue;
                //: %1 the date a DKIM key's step was due
                item->setText(DueColumn, tr("%1, overdue").arg(dueAt));
                item->setIcon(DueColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                QFont bold = item->font(DueColumn);
                bold.setBold(true);
                item->setFont(DueColumn, bold);
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
