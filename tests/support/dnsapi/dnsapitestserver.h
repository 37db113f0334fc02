#pragma once

#include "serverprocess.h"
#include "tls/testpki.h"

#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryFile>

#include <memory>

namespace Sceau {
namespace Test {

// One of the suite's DNS provider API servers (dnsapi/cloudflare_api.py, dnsapi/ovh_api.py) on
// 127.0.0.1 at a port of its own, over HTTPS with certificate (issued for "localhost"), its zone
// state seeded from state, arguments passed on (the credentials it accepts…; see the scripts).
// Stopped when destroyed.
class DnsApiTestServer
{
public:
    enum class Api { Cloudflare, Ovh };

    DnsApiTestServer(Api api,
                     const TestPki::Issued &certificate,
                     const QString &caCertificate,
                     const QJsonObject &state,
                     const QStringList &arguments);

    quint16 port() const { return m_server->port(); }
    // https://localhost:PORT and the API's prefix (/client/v4, /1.0).
    QString baseUrl() const;
    // The CA the server's certificate is issued by, for a client to trust.
    QList<QSslCertificate> ca() const { return m_ca; }

    // The whole zone state now (GET /__state). A failed request ends the test run.
    QJsonObject state() const;
    // Replaces the parts of the state fields names (POST /__mutate): someone else's change.
    void mutate(const QJsonObject &fields) const;

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body) const;

    Api m_api;
    QList<QSslCertificate> m_ca;
    QTemporaryFile m_state;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace Test
} // namespace Sceau
