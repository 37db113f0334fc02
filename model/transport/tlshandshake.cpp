#include "model/transport/tlshandshake.h"

#include <QPromise>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Sceau::Transport {

namespace {
// One handshake in flight: its connections live on a context object deleted when it ends, so
// nothing fires twice and nothing outlives the run.
struct Run
{
    QPromise<HandshakeOutcome> promise;
    QObject *context = nullptr;
    bool finished = false;

    void finish(HandshakeOutcome outcome)
    {
        if (finished)
            return;
        finished = true;
        promise.addResult(std::move(outcome));
        promise.finish();
        context->deleteLater();
    }
};
} // namespace

QFuture<HandshakeOutcome> runHandshake(QTcpSocket *socket, TlsEngine *engine, int timeoutMs)
{
    auto run = std::make_shared<Run>();
    run->context = new QObject(socket);
    run->promise.start();
    QFuture<HandshakeOutcome> future = run->promise.future();

    const auto step = [run, socket, engine] {
        if (run->finished)
            return;
        engine->feed(socket->readAll());
        const TlsEngine::Progress progress = engine->handshake();
        if (const QByteArray out = engine->takeOutgoing(); !out.isEmpty())
            socket->write(out);
        switch (progress) {
        case TlsEngine::Progress::NeedsMore:
            return;
        case TlsEngine::Progress::Established:
            run->finish({HandshakeOutcome::Status::Established, engine->info(), {}});
            return;
        case TlsEngine::Progress::Failed:
            run->finish({HandshakeOutcome::Status::Refused, {}, engine->failure()});
            return;
        }
    };
    QObject::connect(socket, &QTcpSocket::readyRead, run->context, step);
    QObject::connect(socket, &QTcpSocket::errorOccurred, run->context, [run, socket, step] {
        step(); // the last bytes may carry the server's alert
        run->finish({HandshakeOutcome::Status::Closed, {}, socket->errorString()});
    });
    QObject::connect(socket, &QTcpSocket::disconnected, run->context, [run, step] {
        step();
        run->finish({HandshakeOutcome::Status::Closed, {}, QStringLiteral("connection closed")});
    });
    auto *timer = new QTimer(run->context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, run->context, [run] {
        run->finish({HandshakeOutcome::Status::TimedOut, {}, QStringLiteral("timed out")});
    });
    timer->start(timeoutMs);
    QTimer::singleShot(0, run->context, step); // the ClientHello, once the caller returns
    return future;
}

} // namespace Sceau::Transport
