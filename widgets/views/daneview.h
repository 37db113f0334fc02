#pragma once

#include "model/transport/danecheck.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Sceau {
class Session;
namespace Widgets {

// DNSSEC and DANE of one domain (model/transport/danecheck.h), for the Transport page: every MX
// host with the DNSSEC status of its addresses and TLSA records, each address with whether DANE
// authenticates it, and the findings with their catalogue text. The check runs on the event
// loop through the Session's resolver settings (its --nameserver must validate) and transport
// settings; it shows progress, can be canceled, and the newest check wins.
class DaneView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1; // a findings row's finding id, for tests

    explicit DaneView(Session *session, QWidget *parent = nullptr);

    // Starts checking domain (what the domain field holds when empty); cancels a check running.
    void check(const QString &domain = {});
    void cancel();
    bool isRunning() const { return m_resolver != nullptr; }
    // The last finished check's report.
    const std::optional<Transport::DaneReport> &report() const { return m_report; }

signals:
    void finished(); // a check finished and is shown (not after cancel())

private:
    void showReport(const Transport::DaneReport &report);
    void setRunning(bool running);

    Session *m_session;
    QLineEdit *m_domain;
    QPushButton *m_checkButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_hosts;
    QTreeWidget *m_findings;
    QPointer<Dns::DnssecResolver> m_resolver; // the running check's; deleted to cancel it
    quint64 m_ticket = 0;
    std::optional<Transport::DaneReport> m_report;
};

} // namespace Widgets
} // namespace Sceau
