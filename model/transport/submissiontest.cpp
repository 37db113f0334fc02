#include "model/transport/submissiontest.h"

#include "model/core/async.h"
#include "model/dns/lookupfinding.h"
#include "model/dns/resolver.h"
#include "model/secrets/wipe.h"
#include "model/transport/smtpchannel.h"
#include "model/transport/submissionfindings.h"
#include "model/transport/submissionmessage.h"

namespace Sceau::Transport {

using Outcome = SubmissionOutcome;

quint16 standardPort(SubmissionSecurity security)
{
    return security == SubmissionSecurity::ImplicitTls ? 465 : 587;
}

SubmissionTest::SubmissionTest(SubmissionRequest request,
                               QByteArray password,
                               const TransportSettings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_password(std::move(password))
    , m_settings(settings)
{
    m_result.request = m_request;
}

SubmissionTest::~SubmissionTest()
{
    Secrets::wipe(m_password);
}

bool SubmissionTest::setStep(Step step)
{
    emit stepChanged(step);
    return m_stage != Stage::Done; // a receiver may have canceled
}

void SubmissionTest::start(Dns::Resolver *resolver)
{
    if (m_stage != Stage::Idle)
        return;
    m_stage = Stage::Greeting;
    // The server as findings name it, even when no address is ever reached.
    m_result.endpoint.host = m_request.serverName.isEmpty() ? m_request.host : m_request.serverName;
    m_result.endpoint.port = m_settings.ports.map(m_request.port);
    if (const QHostAddress literal(m_request.host); !literal.isNull()) {
        QMetaObject::invokeMethod(
            this, [this, literal] { connectTo(literal); }, Qt::QueuedConnection);
        return;
    }
    if (!setStep(Step::Resolving))
        return;
    const QList<QFuture<Dns::LookupResult>> lookups{
        resolver->lookup(m_request.host, Dns::RrType::A),
        resolver->lookup(m_request.host, Dns::RrType::AAAA)};
    onResult(allResults(lookups), this, [this](const QList<Dns::LookupResult> &answers) {
        if (m_stage == Stage::Done)
            return;
        for (const Dns::LookupResult &answer : answers) {
            if (answer.failed()) {
                m_result.findings << Dns::lookupFailedFinding(answer);
                continue;
            }
            for (const Dns::ResourceRecord &record : answer.records) {
                if (const QHostAddress address(record.rdata.value(0)); !address.isNull()) {
                    connectTo(address); // the first address: IPv4 first
                    return;
                }
            }
        }
        finish(Outcome::CouldNotTest, QStringLiteral("no address for %1").arg(m_request.host));
    });
}

void SubmissionTest::connectTo(const QHostAddress &address)
{
    if (m_stage == Stage::Done)
        return;
    m_result.endpoint.address = address;
    m_channel = new SmtpChannel(m_settings.timeoutMs, this);
    connect(m_channel, &SmtpChannel::connected, this, &SubmissionTest::onConnected);
    connect(m_channel, &SmtpChannel::replied, this, &SubmissionTest::onReply);
    connect(m_channel, &SmtpChannel::tlsFinished, this, &SubmissionTest::onTls);
    connect(
        m_channel, &SmtpChannel::failed, this, [this](SmtpChannel::Failure, const QString &why) {
            switch (m_stage) {
            case Stage::Quit:
                return finish(m_quitOutcome);
            case Stage::AuthPlain:
            case Stage::AuthLoginUser:
            case Stage::AuthLoginPassword:
                return finish(Outcome::AuthError, why);
            case Stage::MailFrom:
            case Stage::RcptTo:
            case Stage::Data:
            case Stage::Body:
                m_result.messageReply = why;
                return finish(Outcome::Authenticated, why);
            default:
                return finish(Outcome::CouldNotTest, why);
            }
        });
    if (!setStep(Step::Connecting))
        return;
    m_channel->connectTo(address, m_result.endpoint.port);
}

void SubmissionTest::onConnected()
{
    if (m_request.security == SubmissionSecurity::ImplicitTls) {
        m_stage = Stage::Handshake;
        if (!setStep(Step::Handshake))
            return;
        m_channel->startTls({m_result.endpoint.host});
        return;
    }
    setStep(Step::Greeting);
}

void SubmissionTest::onTls(const HandshakeOutcome &outcome)
{
    if (m_stage != Stage::Handshake)
        return;
    if (outcome.status != HandshakeOutcome::Status::Established) {
        // A server that never completes a handshake could not be tested only when it went
        // silent; a refusal or a closed connection is a TLS failure.
        return finish(outcome.status == HandshakeOutcome::Status::TimedOut ? Outcome::CouldNotTest
                                                                           : Outcome::TlsFailed,
                      outcome.detail);
    }
    m_result.tls = outcome.info;
    auto report = inspectCertificate(outcome.info.chain,
                                     m_result.endpoint.host,
                                     m_settings.anchors,
                                     QDateTime::currentDateTimeUtc());
    if (report)
        m_result.certificate = *report;
    else
        m_result.certificateError = report.error().detail;
    if (m_request.security == SubmissionSecurity::ImplicitTls) {
        m_stage = Stage::Greeting; // RFC 8314 §3.3: the greeting comes over TLS
        setStep(Step::Greeting);
        return;
    }
    m_stage = Stage::Ehlo;
    if (!setStep(Step::Ehlo))
        return;
    m_channel->send("EHLO " + m_settings.heloName.toLatin1());
}

void SubmissionTest::onReply(const SmtpReply &reply)
{
    const QString text = reply.lines.join(u' ');
    switch (m_stage) {
    case Stage::Greeting:
        m_result.greeting = reply.lines.value(0);
        if (reply.code != 220) // 421 busy, 554 no service: nothing to test (RFC 5321 §3.1)
            return finish(Outcome::CouldNotTest, text);
        m_stage = m_request.security == SubmissionSecurity::ImplicitTls ? Stage::Ehlo
                                                                        : Stage::EhloPlain;
        if (!setStep(Step::Ehlo))
            return;
        return m_channel->send("EHLO " + m_settings.heloName.toLatin1());
    case Stage::EhloPlain:
        if (reply.transient())
            return finish(Outcome::CouldNotTest, text);
        if (reply.positive()) {
            m_result.mechanismsBeforeTls = reply.ehloParameters(QStringLiteral("AUTH"));
            m_result.startTlsOffered = reply.ehloKeywords().contains(QStringLiteral("STARTTLS"));
        }
        if (!m_result.startTlsOffered) // no credential in plaintext, ever
            return quit(Outcome::TlsFailed, QStringLiteral("STARTTLS not offered"));
        m_stage = Stage::StartTls;
        if (!setStep(Step::StartTls))
            return;
        return m_channel->send("STARTTLS");
    case Stage::StartTls:
        if (reply.code != 220) // RFC 3207 §4: 454 TLS not available
            return quit(Outcome::TlsFailed, text);
        if (m_channel->pendingBytes() > 0) // RFC 3207 §5: would be injected into TLS
            return finish(Outcome::TlsFailed,
                          QStringLiteral("data after the STARTTLS reply (RFC 3207 §5)"));
        m_stage = Stage::Handshake;
        if (!setStep(Step::Handshake))
            return;
        return m_channel->startTls({m_result.endpoint.host});
    case Stage::Ehlo:
        return afterEhlo(reply);
    case Stage::AuthLoginUser:
        if (reply.code != 334)
            break;
        m_stage = Stage::AuthLoginPassword;
        return m_channel->send(m_request.username.toUtf8().toBase64(),
                               QStringLiteral("[user name]"));
    case Stage::AuthLoginPassword: {
        if (reply.code != 334)
            break;
        QByteArray encoded = m_password.toBase64();
        Secrets::wipe(m_password);
        m_channel->send(encoded, QStringLiteral("[password]"));
        Secrets::wipe(encoded);
        m_stage = Stage::AuthPlain; // the next reply is the verdict, as for PLAIN
        return;
    }
    case Stage::AuthPlain:
        break;
    case Stage::MailFrom:
    case Stage::RcptTo:
    case Stage::Data:
    case Stage::Body:
        return sendMessage(reply);
    case Stage::Quit:
        return finish(m_quitOutcome);
    case Stage::Idle:
    case Stage::Handshake:
    case Stage::Done:
        return;
    }
    // The verdict of AUTH (RFC 4954 §6): 235 accepted; 535 (or another 5xx) refused; anything
    // else (454 temporary failure, a 334 where none is due) says nothing about the credential.
    Secrets::wipe(m_password);
    m_result.authCode = reply.code;
    m_result.authReply = text;
    if (reply.code == 235) {
        if (m_request.sendTo.isEmpty())
            return quit(Outcome::Authenticated);
        m_result.messageAttempted = true;
        m_stage = Stage::MailFrom;
        if (!setStep(Step::Sending))
            return;
        QString from = m_request.mailFrom.isEmpty() ? m_request.username : m_request.mailFrom;
        if (!from.contains(u'@'))
            from += u'@' + m_result.endpoint.host;
        if (!isPlainAddress(from) || !isPlainAddress(m_request.sendTo)) {
            m_result.messageReply = QStringLiteral("not an address");
            return quit(Outcome::Authenticated);
        }
        m_result.request.mailFrom = from;
        return m_channel->send("MAIL FROM:<" + from.toLatin1() + '>');
    }
    if (reply.code == 334)
        m_channel->send("*"); // RFC 4954 §4: cancel the exchange
    quit(reply.permanent() ? Outcome::AuthFailed : Outcome::AuthError, text);
}

void SubmissionTest::afterEhlo(const SmtpReply &reply)
{
    if (!reply.positive())
        return finish(reply.transient() ? Outcome::CouldNotTest : Outcome::NoAuth,
                      reply.lines.join(u' '));
    m_result.keywords = reply.ehloKeywords();
    m_result.mechanisms = reply.ehloParameters(QStringLiteral("AUTH"));
    const auto &cert = m_result.certificate;
    const bool verified = cert && cert->trusted && cert->nameMatches && !cert->expired();
    if (!verified && !m_request.skipVerify)
        return quit(Outcome::Unverified); // the password never goes to an unproven server
    if (m_result.mechanisms.contains(QStringLiteral("PLAIN")))
        m_result.mechanism = QStringLiteral("PLAIN");
    else if (m_result.mechanisms.contains(QStringLiteral("LOGIN")))
        m_result.mechanism = QStringLiteral("LOGIN");
    else
        return quit(Outcome::NoAuth);
    authenticate();
}

void SubmissionTest::authenticate()
{
    if (!m_channel->encrypted()) // never a credential in plaintext (RFC 8314 §3)
        return quit(Outcome::TlsFailed);
    if (!setStep(Step::Authenticating))
        return;
    if (m_result.mechanism == QLatin1StringView("LOGIN")) {
        m_stage = Stage::AuthLoginUser;
        return m_channel->send("AUTH LOGIN");
    }
    // RFC 4616 §2: [authzid] NUL authcid NUL passwd, as the initial response (RFC 4954 §4).
    QByteArray message = '\0' + m_request.username.toUtf8() + '\0' + m_password;
    QByteArray encoded = message.toBase64();
    Secrets::wipe(message);
    Secrets::wipe(m_password);
    m_stage = Stage::AuthPlain;
    m_channel->send("AUTH PLAIN " + encoded, QStringLiteral("AUTH PLAIN [credential]"));
    Secrets::wipe(encoded);
}

// MAIL FROM → RCPT TO → DATA → the message and "." (RFC 5321 §3.3); any refusal ends it.
void SubmissionTest::sendMessage(const SmtpReply &reply)
{
    m_result.messageCode = reply.code;
    m_result.messageReply = reply.lines.join(u' ');
    switch (m_stage) {
    case Stage::MailFrom:
        if (reply.code != 250)
            return quit(Outcome::Authenticated);
        m_stage = Stage::RcptTo;
        return m_channel->send("RCPT TO:<" + m_request.sendTo.toLatin1() + '>');
    case Stage::RcptTo:
        if (reply.code != 250 && reply.code != 251)
            return quit(Outcome::Authenticated);
        m_stage = Stage::Data;
        return m_channel->send("DATA");
    case Stage::Data: {
        if (reply.code != 354)
            return quit(Outcome::Authenticated);
        m_stage = Stage::Body;
        const SubmissionMessage message = submissionMessage(m_result.request.mailFrom,
                                                            m_request.sendTo,
                                                            m_settings.heloName,
                                                            QDateTime::currentDateTimeUtc());
        m_result.messageId = message.messageId;
        return m_channel->send(message.text + '.',
                               QStringLiteral("[message <%1>, %2 bytes]")
                                   .arg(message.messageId)
                                   .arg(message.text.size()));
    }
    case Stage::Body:
        m_result.messageAccepted = reply.code == 250;
        return quit(Outcome::Authenticated);
    default:
        return;
    }
}

// QUIT (RFC 5321 §4.1.1.10), then finish once the server answers or closes.
void SubmissionTest::quit(SubmissionOutcome outcome, const QString &detail)
{
    m_quitOutcome = outcome;
    m_result.detail = detail;
    m_stage = Stage::Quit;
    if (!setStep(Step::Quitting))
        return;
    m_channel->send("QUIT");
}

void SubmissionTest::cancel()
{
    finish(Outcome::Canceled, QStringLiteral("canceled"));
}

void SubmissionTest::finish(SubmissionOutcome outcome, const QString &detail)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    Secrets::wipe(m_password);
    m_result.outcome = outcome;
    if (!detail.isEmpty())
        m_result.detail = detail;
    if (m_channel) {
        m_result.transcript = m_channel->transcript();
        m_channel->close();
    }
    m_result.findings << submissionFindings(m_result);
    emit finished(m_result);
}

} // namespace Sceau::Transport
