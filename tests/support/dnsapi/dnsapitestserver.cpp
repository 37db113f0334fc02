#include "dnsapi/dnsapitestserver.h"

#include "await.h"
#include "model/publish/apiclient.h"
#include "testenv.h"

#include <QJsonDocument>

namespace Sceau::Test {

DnsApiTestServer::DnsApiTestServer(Api api,
                                   const TestPki::Issued &certificate,
                                   const QString &caCertificate,
                                   const QJsonObject &state,
                                   const QStringList &arguments)
    : m_api(api)
    , m_ca(QSslCertificate::fromPath(caCertificate))
{
    if (m_ca.isEmpty())
        qFatal("DnsApiTestServer: cannot read the CA certificate");
    if (!m_state.open())
        qFatal("DnsApiTestServer: cannot write the state file");
    m_state.write(QJsonDocument(state).toJson());
    m_state.flush();
    const QString script = api == Api::Cloudflare ? QStringLiteral("dnsapi/cloudflare_api.py")
                                                  : QStringLiteral("dnsapi/ovh_api.py");
    m_server = std::make_unique<ServerProcess>(QStringLiteral("/usr/bin/python3"),
                                               QStringList{supportPath(script),
                                                           QStringLiteral("--cert"),
                                                           certificate.certificate,
                                                           QStringLiteral("--key"),
                                                           certificate.key,
                                                           QStringLiteral("--state"),
                                                           m_state.fileName()}
                                                   + arguments,
                                               QRegularExpression(QStringLiteral("READY (\\d+)")));
}

QString DnsApiTestServer::baseUrl() const
{
    return QStringLiteral("https://localhost:%1%2")
        .arg(port())
        .arg(m_api == Api::Cloudflare ? QStringLiteral("/client/v4") : QStringLiteral("/1.0"));
}

QJsonObject DnsApiTestServer::state() const
{
    return call("GET", QStringLiteral("/__state"), {});
}

void DnsApiTestServer::mutate(const QJsonObject &fields) const
{
    call("POST", QStringLiteral("/__mutate"), QJsonDocument(fields).toJson());
}

QJsonObject
DnsApiTestServer::call(const QByteArray &method, const QString &path, const QByteArray &body) const
{
    Publish::ApiClient client(m_ca, 10000);
    const QByteArray url = QStringLiteral("https://localhost:%1%2").arg(port()).arg(path).toUtf8();
    const Publish::ApiReply reply = await(client.send({method, url, body, {}}));
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    if (!reply.succeeded() || !document.isObject())
        qFatal("DnsApiTestServer: %s %s failed", method.constData(), qPrintable(path));
    return document.object();
}

} // namespace Sceau::Test
