#pragma once

#include "model/transport/tlsengine.h"

#include <QFuture>

class QTcpSocket;

namespace Sceau {
namespace Transport {

// How a handshake over a socket ended.
struct HandshakeOutcome
{
    enum class Status {
        Established, // info is filled
        Refused,     // the server ended the handshake (an alert: no common version, cipher…)
        Closed,      // the connection closed or failed before the handshake ended
        TimedOut,    // no progress within the time allowed
    };
    Status status = Status::Closed;
    HandshakeInfo info;
    QString detail; // OpenSSL's or the socket's reason, never translated
};

// Runs engine's client handshake over socket (connected, any plaintext phase such as STARTTLS
// done), on the event loop: what the engine writes goes to the socket, what the socket reads
// goes to the engine. Finishes once, on socket's thread; timeoutMs bounds the whole handshake.
// socket and engine must outlive the future (the caller owns both; the socket is left open
// on success, for the encrypted phase).
QFuture<HandshakeOutcome> runHandshake(QTcpSocket *socket, TlsEngine *engine, int timeoutMs);

} // namespace Transport
} // namespace Sceau
