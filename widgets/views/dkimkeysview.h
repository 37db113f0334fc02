#pragma once

#include "model/dkim/storedkey.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Sceau {
namespace Widgets {

// The workspace's DKIM keys: selector, type, rotation state and since when, next step and when
// it is due (overdue steps stand out). For the selected key: its next step, and "Rotate…" for
// an active key.
class DkimKeysView : public QWidget
{
    Q_OBJECT
public:
    explicit DkimKeysView(QWidget *parent = nullptr);

    void setKeys(const QList<Dkim::StoredKey> &keys, const QDateTime &now);
    qint64 selectedKeyId() const; // 0 when none

signals:
    void nextStepRequested(qint64 keyId);
    void rotateRequested(qint64 keyId);

private:
    void updateButtons();

    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_nextStepButton;
    QPushButton *m_rotateButton;
};

} // namespace Widgets
} // namespace Sceau
