#pragma once

#include "model/storage/workspace.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Sceau {
namespace Widgets {

// The workspace's DKIM keys: selector, type, rotation state, next step and when it is due
// (overdue steps stand out).
class DkimKeysView : public QWidget
{
    Q_OBJECT
public:
    explicit DkimKeysView(QWidget *parent = nullptr);

    void setKeys(const QList<Storage::DkimKeyEntry> &keys, const QDateTime &now);

private:
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace Widgets
} // namespace Sceau
