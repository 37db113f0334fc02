#pragma once

#include "serverprocess.h"
#include "tls/testpki.h"

#include <QJsonObject>
#include <QTemporaryFile>

#include <memory>

namespace Sceau {
namespace Test {

// The suite's HTTPS server (https/httpsserver.py) on 127.0.0.1 at a port of its own: sites maps
// a Host name to what it answers (status, type, body, location, pad, chunked, and a cert/key
// pair presented for that SNI name; see the script). Stopped when destroyed.
class HttpsTestServer
{
public:
    HttpsTestServer(const TestPki::Issued &certificate, const QJsonObject &sites);

    quint16 port() const { return m_server->port(); }

private:
    QTemporaryFile m_sites;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace Test
} // namespace Sceau
