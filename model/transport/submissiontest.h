#pragma once

#include "model/dns/lookupresult.h"
#include "model/transport/smtpreply.h"
#include "model/transport/submissionresult.h"
#include "model/transport/transportsettings.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Transport {

class SmtpChannel;

// An authenticated submission test (RFC 6409, RFC 8314), on the event loop: resolve the host
// (first IPv4, else IPv6 address), connect; with STARTTLS: greeting, EHLO in plaintext (AUTH
// offered there is flagged), STARTTLS and the handshake; with implicit TLS: the handshake, then
// the greeting; EHLO over TLS; the certificate judged against serverName; AUTH PLAIN (LOGIN
// when PLAIN is not offered) with the credential — only over TLS, and only once the
// certificate verifies unless skipVerify; then QUIT, or first a small test message
// (MAIL FROM, RCPT TO, DATA) when sendTo is set.
//
// The password is held in one QByteArray, wiped (Secrets::wipe) as soon as AUTH is sent and
// when the test ends; it is never in a log, a transcript, a result or an error text.
class SubmissionTest final : public QObject
{
    Q_OBJECT
public:
    enum class Step {
        Resolving,
        Connecting,
        Greeting,
        StartTls,
        Handshake,
        Ehlo,
        Authenticating,
        Sending,
        Quitting
    };
    Q_ENUM(Step)

    SubmissionTest(SubmissionRequest request,
                   QByteArray password,
                   const TransportSettings &settings,
                   QObject *parent = nullptr);
    ~SubmissionTest() override;

    // Starts once; finished() follows exactly once (resolver must outlive the lookups).
    void start(Dns::Resolver *resolver);
    // Closes the connection at once; finished() with Canceled, unless already finished.
    void cancel();

signals:
    void stepChanged(Sceau::Transport::SubmissionTest::Step step);
    void finished(const Sceau::Transport::SubmissionResult &result);

private:
    void connectTo(const QHostAddress &address);
    void onConnected();
    void onReply(const SmtpReply &reply);
    void onTls(const HandshakeOutcome &outcome);
    void afterEhlo(const SmtpReply &reply);
    void authenticate();
    void sendMessage(const SmtpReply &reply);
    void quit(SubmissionOutcome outcome, const QString &detail = {});
    void finish(SubmissionOutcome outcome, const QString &detail = {});
    bool setStep(Step step); // false when a receiver canceled the test

    enum class Stage {
        Idle,
        Greeting,
        EhloPlain,
        StartTls,
        Handshake,
        Ehlo,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        MailFrom,
        RcptTo,
        Data,
        Body,
        Quit,
        Done
    };

    SubmissionRequest m_request;
    QByteArray m_password;
    TransportSettings m_settings;
    SubmissionResult m_result;
    SmtpChannel *m_channel = nullptr;
    Stage m_stage = Stage::Idle;
    SubmissionOutcome m_quitOutcome = SubmissionOutcome::Authenticated;
};

} // namespace Transport
} // namespace Sceau
