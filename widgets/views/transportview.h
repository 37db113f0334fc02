#pragma once

#include "model/transport/domainprobe.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

namespace Sceau {
class Session;
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// The Transport page of a domain: every MX host × address in a table (preference, STARTTLS,
// accepted TLS versions, certificate, and what a message would meet under each of the three
// sending options, coloured by outcome), the details of the selected row, the domain's transport
// findings, progress per host and Cancel. It runs Transport::probeDomain on the session's
// resolver and transport settings; it composes model results only.
//
// Sections for the domain's policies (MTA-STS, TLS-RPT, DANE) are added below with addSection().
class TransportView : public QWidget
{
    Q_OBJECT
public:
    // session: outlives the view.
    explicit TransportView(Session *session, QWidget *parent = nullptr);
    ~TransportView() override;

    // Probes domain (normalized); a probe still running is canceled (the newest wins).
    void probe(const QString &domain);
    void cancel();
    // Places section below the table and findings, in the order added; the view owns it.
    void addSection(QWidget *section);

    const std::optional<Transport::DomainTransport> &transport() const { return m_transport; }
    QString domain() const { return m_domain; } // being probed or shown; empty before any

signals:
    void probeFinished(const Sceau::Transport::DomainTransport &transport);
    void probeCanceled();

private:
    void finished();
    void showTransport(const Transport::DomainTransport &transport);
    void showDetails();
    void setBusy(bool busy);

    Session *m_session;
    QFutureWatcher<Transport::DomainTransport> *m_watcher;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancelButton;
    QTableWidget *m_table;
    QLabel *m_details;
    QTreeWidget *m_findings;
    QVBoxLayout *m_sections;
    std::optional<Transport::DomainTransport> m_transport;
    QString m_domain; // the domain being probed or shown
};

} // namespace Widgets
} // namespace Sceau
