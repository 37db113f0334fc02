#pragma once

#include "model/dns/rrtype.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace Sceau {
namespace Dns {
class AuthoritativeCheck;
struct AuthoritativeReport;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Publish {

// One authoritative server, as the last round found it.
struct ServerPropagation
{
    enum class State {
        Serving,    // it serves exactly the expected RRset
        Other,      // it answered, with another RRset (the old one, or none)
        CouldNotAsk // no address, or it did not answer: never "not serving"
    };
    QString host;    // the NS target ("ns1.example.com")
    QString address; // "192.0.2.1" (":port" when not 53); empty without an address
    State state = State::CouldNotAsk;
    QStringList values;            // canonical values it serves (State::Other, Serving)
    std::optional<quint32> serial; // its SOA serial for the zone, when it said
    QString detail;                // why it could not be asked
};

struct PropagationStatus
{
    QString name;
    Dns::RrType type = Dns::RrType::TXT;
    QStringList expected; // canonical values; empty: the RRset is expected to be gone
    QString zone;         // the zone whose NS set was used; empty when none was found
    QList<ServerPropagation> servers;
    std::optional<QString> failure; // the NS set could not be found: could not check
    int round = 0;

    int serving() const;
    // Every authoritative server serves the expected RRset (and there is at least one).
    bool complete() const { return !servers.isEmpty() && serving() == servers.size(); }
};

// Watches a change propagate to every authoritative nameserver of its zone (issue #11 §5):
// every intervalMs, the NS set (NS → A/AAAA) through Dns::AuthoritativeCheck, then each
// server asked directly (RD=0) for the RRset and the zone's SOA serial. progressed() after each
// round; finished() once every server serves the expected RRset, or once timeoutMs passed
// (with the last round), or after cancel(). On the event loop; one watch at a time.
class PropagationWatch final : public QObject
{
    Q_OBJECT
public:
    explicit PropagationWatch(Dns::AuthoritativeCheck *check, QObject *parent = nullptr);

    // name absolute, no trailing dot; expected: canonical values (recordvalue.h).
    void start(const QString &name,
               Dns::RrType type,
               const QStringList &expected,
               int timeoutMs,
               int intervalMs = 2000);
    void cancel(); // finished() follows, with complete false unless it already was
    bool running() const { return m_running; }

signals:
    void progressed(const Sceau::Publish::PropagationStatus &status);
    void finished(const Sceau::Publish::PropagationStatus &status, bool complete);

private:
    void round();
    void judge(const Dns::AuthoritativeReport &rrsets, const Dns::AuthoritativeReport &soas);
    void stop();

    QPointer<Dns::AuthoritativeCheck> m_check;
    PropagationStatus m_status;
    QTimer m_next;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 0;
    int m_generation = 0; // a round of a canceled or restarted watch is dropped
    bool m_running = false;
};

} // namespace Publish
} // namespace Sceau

Q_DECLARE_METATYPE(Sceau::Publish::PropagationStatus)
