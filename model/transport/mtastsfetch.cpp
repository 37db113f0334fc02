#include "model/transport/mtastsfetch.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"
#include "model/transport/httpresponsereader.h"
#include "model/transport/mtastspolicy.h"

#include <QPromise>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace Sceau::Transport {

namespace {
using Outcome = MtaStsFetch::Outcome;

// One fetch: the addresses left to try, one socket at a time, each step under a timer.
struct Run
{
    QPromise<MtaStsFetch> promise;
    MtaStsFetch fetch;
    TransportSettings settings;
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

// The response is all there (or the read was stopped): judge it, RFC 8461 §3.3.
void judge(const std::shared_ptr<Run> &run)
{
    HttpResponseReader &reader = *run->reader;
    MtaStsFetch &fetch = run->fetch;
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
    // RFC 8461 §3.2: the policy is served with the media type "text/plain" (parameters such
    // as charset allowed).
    const QString mediaType = fetch.contentType.section(u';', 0, 0).trimmed();
    if (mediaType.compare(QLatin1StringView("text/plain"), Qt::CaseInsensitive) != 0)
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
    // RFC 8461 §3.3: the policy host presents a valid WebPKI certificate for its name.
    if (report->expired())
        return run->finish(Outcome::CertificateInvalid, QStringLiteral("certificate has expired"));
    if (!report->trusted)
        return run->finish(Outcome::CertificateInvalid, report->trustError);
    if (!report->nameMatches)
        return run->finish(Outcome::CertificateInvalid,
                           QStringLiteral("certificate is not for %1").arg(run->fetch.host));
    run->reader = std::make_unique<HttpResponseReader>(MaxMtaStsPolicySize);
    run->socket->write(
        "GET /.well-known/mta-sts.txt HTTP/1.1\r\nHost: " + run->fetch.host.toLatin1()
        + "\r\nUser-Agent: Sceau\r\nAccept: text/plain\r\nConnection: close\r\n\r\n");
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

QString mtaStsPolicyHost(const QString &domain)
{
    return QStringLiteral("mta-sts.") + domain;
}

QFuture<MtaStsFetch>
fetchMtaStsPolicy(Dns::Resolver *resolver, const QString &domain, const TransportSettings &settings)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->settings = settings;
    run->fetch.host = mtaStsPolicyHost(domain);
    run->fetch.url = QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(run->fetch.host);
    run->fetch.port = settings.ports.map(443);
    run->timer = new QTimer(run->guard);
    run->timer->setSingleShot(true);
    QObject::connect(run->timer, &QTimer::timeout, run->guard, [run] {
        run->fetch.detail = QStringLiteral("no answer within %1 ms").arg(run->settings.timeoutMs);
        if (run->reader) // connected and asked: a server this slow is no usable policy host
            return run->finish(Outcome::ConnectFailed);
        tryNext(run);
    });
    QFuture<MtaStsFetch> future = run->promise.future();
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
                if (!address.isNull() && run->addresses.size() < MaxMtaStsAddresses)
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
