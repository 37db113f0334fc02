#pragma once

#include "model/core/result.h"
#include "model/transport/tlsversion.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Sceau {
namespace Transport {

// What a client handshake may offer.
struct TlsClientOptions
{
    QString serverName; // SNI (RFC 6066 §3); empty or an IP address: none sent
    TlsVersion minimum = TlsVersion::Tls1_2;
    TlsVersion maximum = TlsVersion::Tls1_3;
};

// What the handshake agreed on, and what the server presented.
struct HandshakeInfo
{
    TlsVersion protocol = TlsVersion::Tls1_2;
    QString cipher; // OpenSSL's name of the cipher suite: "TLS_AES_256_GCM_SHA384"
    QString group;  // the key-exchange group: "X25519", "secp256r1", "ffdhe2048"; empty if none
    QList<QByteArray> chain; // the certificates the server sent, DER, leaf first
};

// A TLS client over memory buffers (OpenSSL SSL with two memory BIOs): whatever carries the
// bytes (a QTcpSocket after STARTTLS, RFC 3207 §4) feeds what the peer sent with feed() and
// sends what takeOutgoing() returns. Nothing here blocks or touches a socket.
//
// The certificate is not judged during the handshake (the handshake is never refused for it):
// the chain is returned in HandshakeInfo so that every probe mode can report on it.
// TLS 1.0 and 1.1 need OpenSSL's security level 0; it is set on this engine's context only, and
// only when minimum is below TLS 1.2.
class TlsEngine final
{
public:
    enum class Progress {
        NeedsMore,   // send takeOutgoing(), then feed() the answer and call handshake() again
        Established, // info() is filled; send takeOutgoing() (the client's last flight)
        Failed,      // failure() says why; send takeOutgoing() (an alert) if the socket is open
    };

    // Internal when OpenSSL cannot make a context (out of memory, a broken library).
    static Result<std::unique_ptr<TlsEngine>> client(const TlsClientOptions &options);
    ~TlsEngine();

    void feed(QByteArrayView fromPeer);
    QByteArray takeOutgoing();
    Progress handshake(); // starts or continues it; call again after each feed()

    // After Established.
    const HandshakeInfo &info() const { return m_info; }
    // After Failed: OpenSSL's reason ("unsupported protocol", "wrong version number"…), never
    // translated.
    QString failure() const { return m_failure; }

    // After Established, the encrypted phase (an SMTP dialogue after STARTTLS, RFC 3207 §4.2, or
    // on an implicit-TLS port, RFC 8314):
    // encrypt() turns plaintext into records for takeOutgoing(); decrypt() returns the
    // plaintext of the records fed so far (empty until a whole record has come), or nullopt
    // once the peer closed the session or broke it (failure() says why). Both false/nullopt
    // before Established.
    bool encrypt(QByteArrayView plaintext);
    std::optional<QByteArray> decrypt();

private:
    struct Handles;
    explicit TlsEngine(std::unique_ptr<Handles> handles);

    std::unique_ptr<Handles> m_handles;
    HandshakeInfo m_info;
    QString m_failure;
};

} // namespace Transport
} // namespace Sceau
