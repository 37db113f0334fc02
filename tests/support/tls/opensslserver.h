#pragma once

#include "tls/testpki.h"

#include <QProcess>
#include <QStringList>

namespace Sceau {
namespace Test {

// A real TLS server for the transport tests: `openssl s_server` on 127.0.0.1 at a port the
// system picks, serving an issued certificate (the leaf and its intermediates), plus extra
// arguments
// ("-tls1_2", "-cipher", "DEFAULT@SECLEVEL=0"…). The constructor returns once it accepts
// connections (waits on its output, not on time); a server that does not start ends the run.
// Stopped when destroyed.
class OpenSslServer
{
public:
    explicit OpenSslServer(const TestPki::Issued &certificate, const QStringList &extra = {});
    ~OpenSslServer();

    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Test
} // namespace Sceau
