#include "model/transport/httpsfetch.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"
#include "model/transport/httpresponsereader.h"

#include <QPromise>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Sceau::Transport {

namespace {
using Outcome = HttpsFetch::Outcome;

// One fetch: the addresses left to try, one socket at a time, each step under a timer.
struct Run
{
    QPromise<HttpsFetch> promise;
    HttpsFetch fetch;
    TransportSettings settings;
    HttpsRequest request;
    QList<QHostAddress> addresses;
    QObject *guard = new QObject;
    QSslSocket *socket = nullptr;
    QTimer *timer = nullptr;
    std::unique_ptr<HttpResponseReader> reader;
    bool finished = false;

    void finish(Outcome outcome, const QString &detail = {})
    {
        if (finished)
            return;
        finished = true;
        fetch.outcome = outcome;
        if (!detail.isEmpty())
            fetch.detail = detail;
        if (socket)
            socket->abort();
        promise.addResult(fetch);
        promise.finish();
        guard->deleteLater();
    }
};

void tryNext(const std::shared_ptr<Run> &run);

// The response is all there (or the read was stopped): judge it (RFC 8461 §3.3 for MTA-STS).
void judge(const std::shared_ptr<Run> &run)
{
    HttpResponseReader &reader = *run->reader;
    HttpsFetch &fetch = run->fetch;
    fetch.httpStatus = reader.status();
    fetch.contentType = QString::fromLatin1(reader.header("Content-Type"));
    if (reader.state() == HttpResponseReader::State::TooLarge)
        return run->finish(Outcome::TooLarge, reader.error());
    if (reader.state() == HttpResponseReader::State::Malformed)
        return run->finish(Outcome::Malformed, reader.error());
    if (fetch.httpStatus >= 300 && fetch.httpStatus < 400) {
        // RFC 8461 §3.3: "HTTP 3xx redirects MUST NOT be followed".
        fetch.location = QString::fromLatin1(reader.header("Location"));
        return run->finish(Outcome::Redirected);
    }
    if (fetch.httpStatus != 200)
        return run->finish(Outcome::HttpError);
    // The media type without its parameters (charset…), against the request's list.
    const QByteArray mediaType = fetch.contentType.section(u';', 0, 0).trimmed().toLatin1();
    const QByteArrayList &accept = run->request.accept;
    if (!accept.isEmpty()
        && std::none_of(accept.cbegin(), accept.cend(), [&mediaType](const QByteArray &type) {
               return type.compare(mediaType, Qt::CaseInsensitive) == 0;
           }))
        return run->finish(Outcome::WrongContentType);
    fetch.body = reader.body();
    run->finish(Outcome::Fetched);
}

// TLS is up: judge the certificate before a byte of the request goes out.
void onEncrypted(const std::shared_ptr<Run> &run)
{
    QList<QByteArray> chain;
    const QList<QSslCertificate> certificates = run->socket->peerCertificateChain();
    for (const QSslCertificate &certificate : certificates)
        chain << certificate.toDer();
    const auto report = inspectCertificate(
        chain, run->fetch.host, run->settings.anchors, QDateTime::currentDateTimeUtc());
    if (!report)
        return run->finish(Outcome::CertificateInvalid, report.error().detail);
    run->fetch.certificate = *report;
    // WebPKI: a trusted, current certificate for the host's name (RFC 8461 §3.3 for MTA-STS).
    if (report->expired())
        return run->finish(Outcome::CertificateInvalid, QStringLiteral("certificate has expired"));
    if (!report->trusted)
        return run->finish(Outcome::CertificateInvalid, report->trustError);
    if (!report->nameMatches)
        return run->finish(Outcome::CertificateInvalid,
                           QStringLiteral("certificate is not for %1").arg(run->fetch.host));
    run->reader = std::make_unique<HttpResponseReader>(run->request.maxBody);
    const QByteArray accept
        = run->request.accept.isEmpty() ? QByteArray("*/*") : run->request.accept.join(", ");
    run->socket->write("GET " + run->request.path.toLatin1() + " HTTP/1.1\r\nHost: "
                       + run->fetch.host.toLatin1() + "\r\nUser-Agent: Sceau\r\nAccept: " + accept
                       + "\r\nConnection: close\r\n\r\n");
    run->timer->start(run->settings.timeoutMs);
}

void connectTo(const std::shared_ptr<Run> &run, const QHostAddress &address)
{
    run->fetch.address = address;
    run->reader.reset();
    if (run->socket)
        run->socket->deleteLater();
    run->socket = new QSslSocket(run->guard);
    QSslSocket *socket = run->socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // The handshake never fails on the certificate: inspectCertificate() judges it, with the
    // Session's anchors, the one rule of the project.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(configuration);
    // SNI and the name checked are the policy host's, whatever address is connected to.
    socket->setPeerVerifyName(run->fetch.host);
    QObject::connect(socket, &QSslSocket::connected, run->guard, [run, socket] {
        if (socket == run->socket) {
            run->timer->start(run->settings.timeoutMs);
            socket->startClientEncryption();
        }
    });
    QObject::connect(socket, &QSslSocket::encrypted, run->guard, [run, socket] {
        if (socket == run->socket)
            onEncrypted(run);
    });
    QObject::connect(socket, &QSslSocket::readyRead, run->guard, [run, socket] {
        if (socket != run->socket || !run->reader)
            return;
        run->reader->feed(socket->readAll());
        if (run->reader->done())
            judge(run);
    });
    QObject::connect(socket, &QSslSocket::errorOccurred, run->guard, [run, socket](auto error) {
        if (socket != run->socket || run->finished)
            return;
        if (run->reader) { // the server closed after (or in the middle of) its answer
            run->reader->feed(socket->readAll());
            run->reader->finish();
            return judge(run);
        }
        if (socket->isEncrypted() || error == QAbstractSocket::SslHandshakeFailedError
            || error == QAbstractSocket::SslInternalError
            || error == QAbstractSocket::SslInvalidUserDataError)
            return run->finish(Outcome::TlsFailed, socket->errorString());
        run->fetch.detail = socket->errorString();
        tryNext(run);
    });
    run->timer->start(run->settings.timeoutMs);
    socket->connectToHost(address, run->fetch.port);
}

void tryNext(const std::shared_ptr<Run> &run)
{
    if (run->addresses.isEmpty())
        return run->finish(Outcome::ConnectFailed);
    connectTo(run, run->addresses.takeFirst());
}
} // namespace

QFuture<HttpsFetch>
fetchHttps(Dns::Resolver *resolver, const HttpsRequest &request, const TransportSettings &settings)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->settings = settings;
    run->request = request;
    run->fetch.host = request.host;
    run->fetch.url = request.port == 443
                         ? QStringLiteral("https://%1%2").arg(request.host, request.path)
                         : QStringLiteral("https://%1:%2%3")
                               .arg(request.host)
                               .arg(request.port)
                               .arg(request.path);
    run->fetch.port = settings.ports.map(request.port);
    run->timer = new QTimer(run->guard);
    run->timer->setSingleShot(true);
    QObject::connect(run->timer, &QTimer::timeout, run->guard, [run] {
        run->fetch.detail = QStringLiteral("no answer within %1 ms").arg(run->settings.timeoutMs);
        if (run->reader) // connected and asked: a server this slow is no usable host
            return run->finish(Outcome::ConnectFailed);
        tryNext(run);
    });
    QFuture<HttpsFetch> future = run->promise.future();
    const QList<QFuture<Dns::LookupResult>> lookups{
        resolver->lookup(run->fetch.host, Dns::RrType::A),
        resolver->lookup(run->fetch.host, Dns::RrType::AAAA)};
    onResult(allResults(lookups), run->guard, [run](const QList<Dns::LookupResult> &answers) {
        run->fetch.lookups = answers;
        bool failed = false;
        for (const Dns::LookupResult &answer : answers) {
            failed = failed || answer.failed();
            for (const Dns::ResourceRecord &record : answer.records) {
                const QHostAddress address(record.rdata.value(0));
                if (!address.isNull() && run->addresses.size() < MaxHttpsAddresses)
                    run->addresses << address;
            }
        }
        if (run->addresses.isEmpty())
            return run->finish(failed ? Outcome::LookupFailed : Outcome::NoAddress);
        tryNext(run);
    });
    return future;
}

} // namespace Sceau::Transport
