// bench_gui --server HOST:PORT --domain D   (under Xvfb: run-gui-bench.sh)
// The application's responsiveness, in-process, built as app/gui/main.cpp builds it (the same
// QApplication, Preferences, Session and MainWindow):
// - start to first frame: from the kernel's start of this process (/proc/self/stat, so the
//   loading of Qt and the other libraries counts) to the end of the main window's first paint
//   (the first Paint event it receives, then the rest of that repaint and its flush to the
//   X server: measured when the event loop next runs);
// - RSS then (VmRSS) and its peak over the whole run (VmHWM);
// - the longest stall of the UI thread, by a 5 ms PreciseTimer whose late ticks are measured:
//   idle, during one audit through the window (MainWindow::checkDomain, as the Check button does,
//   until checkFinished and 300 ms of showing it), and during a 4096-bit RSA generation through
//   Dkim::KeyGenerator (as the DKIM wizard's key page uses it).
#include "model/core/async.h"
#include "model/core/translations.h"
#include "model/dkim/keygenerator.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Sceau;

namespace {
// Milliseconds since the kernel started this process.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22, starttime in clock ticks after boot; fields after the ")" of the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(22 - 3).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// VmRSS or VmHWM of this process, in MiB.
double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

// A 5 ms tick on the UI thread: the longest gap between two ticks, less the period, is the
// longest time the thread could not run its events.
class StallProbe : public QObject
{
public:
    static constexpr int PeriodMs = 5;
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(PeriodMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double cpu = threadCpuMs();
            m_worst = qMax(m_worst, m_clock.nsecsElapsed() / 1e6 - PeriodMs);
            m_worstBusy = qMax(m_worstBusy, cpu - m_cpu - PeriodMs);
            m_clock.restart();
            m_cpu = cpu;
        });
    }
    void start()
    {
        m_worst = 0;
        m_worstBusy = 0;
        m_clock.start();
        m_cpu = threadCpuMs();
        m_timer.start();
    }
    // "<longest stall> ms (UI thread busy <its longest run of processor time> ms)": on a
    // loaded machine a stall may be the thread waiting for a processor, not working.
    QByteArray stop()
    {
        m_timer.stop();
        return QByteArray::number(m_worst, 'f', 1) + " ms (UI thread busy at most "
               + QByteArray::number(qMax(0.0, m_worstBusy), 'f', 1) + " ms)";
    }

private:
    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
    double m_worstBusy = 0;
    double m_cpu = 0;
};

// Runs the event loop for ms milliseconds.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

int main(int argc, char *argv[])
{
    const double atMain = msSinceProcessStart(); // the libraries loaded and initialized
    QApplication app(argc, argv);
    const double atApplication = msSinceProcessStart(); // connected to the display
    QApplication::setOrganizationName(QStringLiteral("Sceau"));
    QApplication::setApplicationName(QStringLiteral("sceau"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sceau"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("DNS"), QStringLiteral("HP")},
                       {QStringLiteral("domain"), QStringLiteral("domain"), QStringLiteral("D")}});
    parser.process(app);

    Storage::Preferences preferences;
    Translations::install(app, preferences.language());
    Session::Options options;
    if (const auto server = Dns::NameServer::parse(parser.value(QStringLiteral("server"))))
        options.resolver.servers = {*server};
    // The MX probes and the MTA-STS fetch are refused at once: the audit is its DNS and its
    // display, no TLS handshake.
    options.transport.ports
        = *Transport::PortMap::parse(QStringLiteral("25=%1,443=%1").arg(closedPort()));
    options.transport.retryBackoffMs = 1;
    auto session = Session::create(options);
    if (!session) {
        std::fprintf(stderr, "no session\n");
        return 1;
    }
    const double atSession = msSinceProcessStart();
    Widgets::MainWindow window(session->get(), preferences);
    const double atWindow = msSinceProcessStart();

    // The first frame: the window's first Paint event, then the end of that repaint.
    double firstFrame = -1;
    QEventLoop shown;
    struct FirstPaint : QObject
    {
        std::function<void()> painted;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && painted) {
                QTimer::singleShot(0, this, painted); // after this repaint and its flush
                painted = nullptr;
            }
            return false;
        }
    } firstPaint;
    firstPaint.painted = [&] {
        firstFrame = msSinceProcessStart();
        shown.quit();
    };
    window.installEventFilter(&firstPaint);
    window.show();
    if (firstFrame < 0)
        shown.exec();
    window.removeEventFilter(&firstPaint);
    const double rssAtFrame = memoryMiB("VmRSS:");
    std::printf("  main() at %.0f ms, QApplication at %.0f ms, Session at %.0f ms, MainWindow "
                "built at %.0f ms\n",
                atMain,
                atApplication,
                atSession,
                atWindow);
    std::printf("start to first frame: %.0f ms (goal <= 300); RSS then %.1f MiB (goal <= 120)\n",
                firstFrame,
                rssAtFrame);

    StallProbe probe;
    probe.start();
    spin(1000);
    std::printf("longest UI stall, idle 1 s: %s\n", probe.stop().constData());

    const QString domain = parser.value(QStringLiteral("domain"));
    if (!domain.isEmpty()) {
        QEventLoop checked;
        QObject::connect(&window, &Widgets::MainWindow::checkFinished, &checked, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        probe.start();
        window.checkDomain(domain);
        checked.exec();
        const qint64 auditMs = clock.elapsed();
        spin(300);
        std::printf("longest UI stall, audit of %s (%lld ms) and showing it: %s (goal <= 50)\n",
                    qPrintable(domain),
                    auditMs,
                    probe.stop().constData());
    }

    Dkim::KeyGenerator generator;
    QEventLoop generated;
    QElapsedTimer clock;
    clock.start();
    probe.start();
    bool ok = false;
    onResult(generator.generate({Dkim::KeyAlgorithm::Rsa, 4096}),
             &generated,
             [&](const Result<Dkim::KeyPair> &pair) {
                 ok = bool(pair);
                 generated.quit();
             });
    generated.exec();
    std::printf("longest UI stall, RSA 4096 keygen (%lld ms, %s): %s (goal <= 50)\n",
                clock.elapsed(),
                ok ? "generated" : "FAILED",
                probe.stop().constData());
    std::printf("peak RSS over the run (VmHWM): %.1f MiB\n", memoryMiB("VmHWM:"));
    return 0;
}
