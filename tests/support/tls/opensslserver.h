#pragma once

#include "serverprocess.h"
#include "tls/testpki.h"

namespace Sceau {
namespace Test {

// A real TLS server for the transport tests: `openssl s_server` on 127.0.0.1 at a port the
// system picks, serving an issued certificate (the leaf and its intermediates), plus extra
// arguments ("-tls1_2", "-cipher", "DEFAULT@SECLEVEL=0"…).
class OpenSslServer
{
public:
    explicit OpenSslServer(const TestPki::Issued &certificate, const QStringList &extra = {});

    quint16 port() const { return m_server.port(); }

private:
    ServerProcess m_server;
};

} // namespace Test
} // namespace Sceau
