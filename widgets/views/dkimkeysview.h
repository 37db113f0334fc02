#pragma once

#include "model/dkim/storedkey.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Sceau {
namespace Widgets {

// The workspace's DKIM keys: selector, type, rotation state and since when, next step and when
// it is due (an overdue step is marked with a warning icon and the word, never a link's
// colour). For the selected key: its next step, "Rotate…" for an active key, Copy of its DNS
// record (a zone-file line), Export… for the mail server, and Abandon… for a key never
// published (RFC 6376 has nothing to revoke then; the lifecycle allows it, rotation.h).
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
    void exportRequested(qint64 keyId);
    void abandonRequested(qint64 keyId);

private:
    void updateButtons();
    const Dkim::StoredKey *selectedKey() const;

    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_nextStepButton;
    QPushButton *m_rotateButton;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QPushButton *m_abandonButton;
    QList<Dkim::StoredKey> m_keys;
};

} // namespace Widgets
} // namespace Sceau
