#include "https/httpstestserver.h"

#include "testenv.h"

#include <QJsonDocument>

namespace Sceau::Test {

HttpsTestServer::HttpsTestServer(const TestPki::Issued &certificate, const QJsonObject &sites)
{
    if (!m_sites.open())
        qFatal("HttpsTestServer: cannot write the sites file");
    m_sites.write(QJsonDocument(sites).toJson());
    m_sites.flush();
    m_server = std::make_unique<ServerProcess>(
        QStringLiteral("/usr/bin/python3"),
        QStringList{supportPath(QStringLiteral("https/httpsserver.py")),
                    QStringLiteral("--cert"),
                    certificate.certificate,
                    QStringLiteral("--key"),
                    certificate.key,
                    QStringLiteral("--sites"),
                    m_sites.fileName()},
        QRegularExpression(QStringLiteral("READY (\\d+)")));
}

} // namespace Sceau::Test
