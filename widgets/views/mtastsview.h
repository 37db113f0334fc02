#pragma once

#include "model/core/finding.h"

#include <QWidget>

class QLabel;

namespace Sceau {
class Session;
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class FindingsView;

// A domain's MTA-STS and TLS-RPT posture for the Transport page: a summary line each (mode and
// record id; report addresses) and the findings of both checks, with their texts from the
// catalogue. The checks run through the Session on the event loop; the newest check() wins.
class MtaStsView : public QWidget
{
    Q_OBJECT
public:
    // session: outlives the view.
    explicit MtaStsView(Session *session, QWidget *parent = nullptr);

    void check(const QString &domain);
    QList<Finding> findings() const; // MTA-STS's, then TLS-RPT's, of the last finished check

signals:
    void checked(); // both checks of the newest check() are shown

private:
    void showIfDone(quint64 ticket);

    Session *m_session;
    QLabel *m_mtaSts;
    QLabel *m_tlsRpt;
    FindingsView *m_findings;
    quint64 m_ticket = 0;
    int m_pending = 0;
    QList<Finding> m_mtaStsFindings;
    QList<Finding> m_tlsRptFindings;
    QString m_domain;
};

} // namespace Widgets
} // namespace Sceau
