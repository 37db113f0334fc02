#pragma once

#include "model/core/result.h"
#include "model/dkim/verifier.h"
#include "model/dmarc/alignment.h"
#include "model/mail/sendertrace.h"
#include "model/spf/spfresult.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
namespace Spf {
class SpfEvaluator;
} // namespace Spf
} // namespace Sceau

namespace Sceau {
namespace Mail {

// The state of one step of a message analysis. A failed DNS lookup is CouldNotCheck, never
// Fail (DESIGN.md §2).
enum class StepState { Pass, Fail, NotEvaluated, CouldNotCheck };
QString stepStateToken(StepState state); // "pass", "fail", "not-evaluated", "could-not-check"

// Why a step is in its state: a stable token ("no-signature", "no-client-ip"…, listed in
// docs/cli.md) and its sentence for people.
QString stepReasonText(const QString &reason); // translated; empty for an unknown token

// Bounds on what an analysis reads (untrusted input). The message size is the DKIM commands'
// own (Dkim::MaxMessageSize) and the signatures evaluated Dkim::MaxSignatures.
inline constexpr qsizetype MaxHeaderFields = 1000;

struct SignatureCheck
{
    Dkim::SignatureResult result;
    StepState state = StepState::Fail;
    QString reason;                  // "body-not-checked" (headers only), else result.reason
    QList<QByteArray> signedHeaders; // h=, lowercased; empty when the field does not parse
};

struct DkimStep
{
    StepState state = StepState::NotEvaluated;
    QString reason;
    QList<SignatureCheck> signatures; // top first, at most Dkim::MaxSignatures
    qsizetype skipped = 0;            // fields below the first Dkim::MaxSignatures
};

struct SpfStep
{
    StepState state = StepState::NotEvaluated;
    QString reason;
    SenderTrace sender;
    bool heloIdentity = false; // the HELO identity was checked (MAIL FROM unknown or null)
    std::optional<Spf::Evaluation> evaluation;
};

struct DmarcStep
{
    StepState state = StepState::NotEvaluated;
    QString reason;
    QString fromDomain;
    QString fromDetail; // why the From domain could not be read (translated)
    std::optional<Dmarc::AlignmentResult> alignment;
};

// RFC 8058 one-click unsubscribe.
struct OneClickStep
{
    StepState state = StepState::NotEvaluated;
    QString reason;
    QString listUnsubscribe;     // the field's value, unfolded
    QString listUnsubscribePost; // the field's value, unfolded
    QString httpsUri;            // the first https URI of List-Unsubscribe
    QList<qsizetype> coveredBy;  // indexes in DkimStep::signatures whose h= has both fields
};

struct SelectorSeen
{
    QString domain;   // d=
    QString selector; // s=
};

// A received message analysed step by step: DKIM, SPF, DMARC, one-click unsubscribe, selectors.
struct MessageAnalysis
{
    bool headersOnly = false;
    DkimStep dkim;
    SpfStep spf;
    DmarcStep dmarc;
    OneClickStep oneClick;
    QList<SelectorSeen> selectors; // d=/s= of each signature, in order, each pair once

    bool hasFailure() const; // some step failed
    bool incomplete() const; // some step could not be checked
};

enum class InputKind {
    Detect,      // headers only when there is no empty line ending the header
    Message,     // a whole message (.eml)
    HeadersOnly, // the header block alone: body hashes cannot be checked
};

// The parts of an analysis that need no DNS, from the raw input: the parsed message, whether
// it is headers only, the From domain, the sender trace and the one-click fields. InvalidInput
// when the input is empty, over Dkim::MaxMessageSize or over MaxHeaderFields fields.
struct PreparedMessage
{
    QByteArray raw; // as given (the DKIM verifier reads it)
    Dkim::Message message;
    bool headersOnly = false;
    Result<QString> fromDomain = QString();
    SenderTrace sender;
    QList<Dkim::HeaderField> listUnsubscribe;
    QList<Dkim::HeaderField> listUnsubscribePost;
};
Result<PreparedMessage> prepareMessage(const QByteArray &raw, InputKind kind);

// The one-click step (pure, RFC 8058 §3.1, §4) from the fields and the DKIM step.
OneClickStep checkOneClick(const QList<Dkim::HeaderField> &listUnsubscribe,
                           const QList<Dkim::HeaderField> &listUnsubscribePost,
                           const DkimStep &dkim);

// Runs the steps on a resolver: DKIM (Dkim::Verifier) and SPF (Spf::SpfEvaluator) at once,
// then DMARC (Dmarc::simulateAlignment), one-click and the selectors.
class MessageAnalyzer final : public QObject
{
    Q_OBJECT
public:
    explicit MessageAnalyzer(Dns::Resolver *resolver, QObject *parent = nullptr);

    // The analysis of a prepared message. The future finishes on this object's thread; it is
    // canceled when this object is destroyed first (the way to cancel).
    QFuture<MessageAnalysis> analyze(const PreparedMessage &prepared);

    void setNow(const QDateTime &now) { m_now = now; } // tests: a fixed clock for t=/x=

private:
    QPointer<Dns::Resolver> m_resolver;
    Spf::SpfEvaluator *m_spf = nullptr;
    QDateTime m_now;
};

} // namespace Mail
} // namespace Sceau
