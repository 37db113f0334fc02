#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>

namespace Sceau {
namespace Test {

// The relays of the benchmarks (sceau-test-tcprelay, sceau-test-dnsrelay): one direction of one
// TCP connection, each chunk leaving DELAY_MS after it arrived, in order. When from closes, to
// is closed once everything held has been delivered.
class DelayedPipe : public QObject
{
public:
    DelayedPipe(QTcpSocket *from, QTcpSocket *to, int delayMs, QObject *parent)
        : QObject(parent)
        , m_to(to)
        , m_delayMs(delayMs)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::release);
        connect(from, &QTcpSocket::readyRead, this, [this, from] {
            m_queue.enqueue({m_clock.elapsed() + m_delayMs, from->readAll()});
            if (!m_timer.isActive())
                m_timer.start(m_delayMs);
        });
        connect(from, &QTcpSocket::disconnected, this, [this] {
            m_closing = true;
            if (m_queue.isEmpty())
                m_to->disconnectFromHost();
        });
    }

private:
    void release()
    {
        while (!m_queue.isEmpty() && m_queue.head().first <= m_clock.elapsed())
            m_to->write(m_queue.dequeue().second);
        if (!m_queue.isEmpty())
            m_timer.start(int(qMax<qint64>(0, m_queue.head().first - m_clock.elapsed())));
        else if (m_closing)
            m_to->disconnectFromHost();
    }

    QPointer<QTcpSocket> m_to;
    int m_delayMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QQueue<QPair<qint64, QByteArray>> m_queue;
    bool m_closing = false;
};

} // namespace Test
} // namespace Sceau
