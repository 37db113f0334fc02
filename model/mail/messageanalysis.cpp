#include "model/mail/messageanalysis.h"

#include "model/core/async.h"
#include "model/dmarc/fromdomain.h"
#include "model/dns/resolver.h"
#include "model/mail/headertext.h"
#include "model/mail/tr.h"
#include "model/spf/spfevaluator.h"

#include <QHash>
#include <QPromise>

using namespace Qt::StringLiterals;

namespace Sceau::Mail {

QString stepStateToken(StepState state)
{
    switch (state) {
    case StepState::Pass:
        return u"pass"_s;
    case StepState::Fail:
        return u"fail"_s;
    case StepState::NotEvaluated:
        return u"not-evaluated"_s;
    case StepState::CouldNotCheck:
        return u"could-not-check"_s;
    }
    return {};
}

QString stepReasonText(const QString &reason)
{
    static const QHash<QString, const char *> texts{
        {u"no-signature"_s, QT_TRANSLATE_NOOP("Sceau::Mail", "The message has no DKIM signature.")},
        {u"no-valid-signature"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail", "No DKIM signature of the message verifies.")},
        {u"body-not-checked"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "Headers only: the body hash cannot be checked, so no signature can "
                           "pass or fail.")},
        {u"dns-failure"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail", "A DNS lookup failed: the result could not be checked.")},
        {u"no-client-ip"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "No connecting IP address in the fields the receiving side wrote "
                           "(Received-SPF, the topmost Received).")},
        {u"no-identity"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail", "Neither the MAIL FROM nor the HELO name is known.")},
        {u"spf-not-pass"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail", "SPF does not authorize the sending IP address.")},
        {u"no-from-domain"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail", "The From domain could not be read.")},
        {u"no-policy"_s, QT_TRANSLATE_NOOP("Sceau::Mail", "The From domain has no DMARC policy.")},
        {u"undetermined"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "The DMARC policy or an Organizational Domain could not be "
                           "determined (a DNS lookup failed).")},
        {u"authentication-unknown"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "Nothing aligned passed, but an SPF or DKIM result could not be "
                           "checked: the verdict is unknown.")},
        {u"not-aligned"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "Neither SPF nor DKIM passed with a domain aligned with the From "
                           "domain.")},
        {u"no-list-unsubscribe"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail", "The message offers no List-Unsubscribe.")},
        {u"list-unsubscribe-missing"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "List-Unsubscribe-Post is present without List-Unsubscribe.")},
        {u"several-fields"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "List-Unsubscribe or List-Unsubscribe-Post appears more than once.")},
        {u"post-missing"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "List-Unsubscribe-Post is missing: unsubscribing is not one-click.")},
        {u"post-value"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "List-Unsubscribe-Post must be exactly List-Unsubscribe=One-Click.")},
        {u"no-https-uri"_s, QT_TRANSLATE_NOOP("Sceau::Mail", "List-Unsubscribe has no https URI.")},
        {u"not-signed"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "No DKIM signature covers both List-Unsubscribe and "
                           "List-Unsubscribe-Post in its h= tag.")},
        {u"covering-signature-invalid"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "The DKIM signatures covering both fields do not verify.")},
        {u"covering-signature-unchecked"_s,
         QT_TRANSLATE_NOOP("Sceau::Mail",
                           "The DKIM signature covering both fields could not be checked.")},
    };
    const char *text = texts.value(reason);
    return text ? Tr::tr(text) : QString();
}

bool MessageAnalysis::hasFailure() const
{
    return dkim.state == StepState::Fail || spf.state == StepState::Fail
           || dmarc.state == StepState::Fail || oneClick.state == StepState::Fail;
}

bool MessageAnalysis::incomplete() const
{
    return dkim.state == StepState::CouldNotCheck || spf.state == StepState::CouldNotCheck
           || dmarc.state == StepState::CouldNotCheck || oneClick.state == StepState::CouldNotCheck;
}

Result<PreparedMessage> prepareMessage(const QByteArray &raw, InputKind kind)
{
    if (raw.size() > Dkim::MaxMessageSize)
        //: %1 the limit in MiB
        return Error{
            ErrorCode::InvalidInput,
            Tr::tr("the message is larger than %1 MiB").arg(Dkim::MaxMessageSize / (1024 * 1024))};
    PreparedMessage prepared;
    prepared.raw = raw;
    prepared.message = Dkim::Message::parse(raw);
    if (prepared.message.headers.size() > MaxHeaderFields)
        //: %1 the limit
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("the message has more than %1 header fields").arg(MaxHeaderFields)};
    bool named = false;
    for (const Dkim::HeaderField &field : std::as_const(prepared.message.headers)) {
        named = named || !field.name.isEmpty();
        if (field.name.compare("list-unsubscribe", Qt::CaseInsensitive) == 0)
            prepared.listUnsubscribe << field;
        else if (field.name.compare("list-unsubscribe-post", Qt::CaseInsensitive) == 0)
            prepared.listUnsubscribePost << field;
    }
    if (!named)
        return Error{ErrorCode::InvalidInput, Tr::tr("the input has no header field")};
    // Detect: no empty line after the header (or nothing after it) is a pasted header block.
    const QByteArray crlf = Dkim::Message::toCrlf(raw);
    const bool separated = crlf.contains("\r\n\r\n");
    prepared.headersOnly = kind == InputKind::HeadersOnly
                           || (kind == InputKind::Detect
                               && (!separated || prepared.message.body.trimmed().isEmpty()));
    prepared.fromDomain = Dmarc::fromDomain(prepared.message.headers);
    prepared.sender = findSender(prepared.message.headers);
    return prepared;
}

OneClickStep checkOneClick(const QList<Dkim::HeaderField> &listUnsubscribe,
                           const QList<Dkim::HeaderField> &listUnsubscribePost,
                           const DkimStep &dkim)
{
    OneClickStep step;
    const auto conclude = [&step](StepState state, const QString &reason) {
        step.state = state;
        step.reason = reason;
        return step;
    };
    if (!listUnsubscribe.isEmpty())
        step.listUnsubscribe = QString::fromUtf8(unfolded(listUnsubscribe.first().value()));
    if (!listUnsubscribePost.isEmpty())
        step.listUnsubscribePost = QString::fromUtf8(unfolded(listUnsubscribePost.first().value()));
    if (listUnsubscribe.isEmpty() && listUnsubscribePost.isEmpty())
        return conclude(StepState::NotEvaluated, u"no-list-unsubscribe"_s);
    if (listUnsubscribe.isEmpty())
        return conclude(StepState::Fail, u"list-unsubscribe-missing"_s);
    if (listUnsubscribe.size() > 1 || listUnsubscribePost.size() > 1)
        return conclude(StepState::Fail, u"several-fields"_s);
    // RFC 8058 §3.1: List-Unsubscribe-Post holds the single pair "List-Unsubscribe=One-Click"
    // and List-Unsubscribe one https URI (RFC 2369 §3.2: <URI>, comma-separated).
    if (listUnsubscribePost.isEmpty())
        return conclude(StepState::Fail, u"post-missing"_s);
    if (step.listUnsubscribePost != u"List-Unsubscribe=One-Click"_s)
        return conclude(StepState::Fail, u"post-value"_s);
    for (const QString &item : step.listUnsubscribe.split(u',')) {
        const QString uri = item.trimmed();
        if (uri.startsWith(u"<https://"_s, Qt::CaseInsensitive) && uri.endsWith(u'>')) {
            step.httpsUri = uri.mid(1, uri.size() - 2);
            break;
        }
    }
    if (step.httpsUri.isEmpty())
        return conclude(StepState::Fail, u"no-https-uri"_s);
    // RFC 8058 §4: both fields covered by a valid DKIM signature's h=.
    bool unchecked = false;
    for (qsizetype i = 0; i < dkim.signatures.size(); ++i) {
        const SignatureCheck &signature = dkim.signatures.at(i);
        if (!signature.signedHeaders.contains("list-unsubscribe")
            || !signature.signedHeaders.contains("list-unsubscribe-post"))
            continue;
        step.coveredBy << i;
        if (signature.state == StepState::Pass)
            return conclude(StepState::Pass, {});
        unchecked = unchecked || signature.state == StepState::CouldNotCheck;
    }
    if (step.coveredBy.isEmpty())
        return conclude(StepState::Fail, u"not-signed"_s);
    return unchecked ? conclude(StepState::CouldNotCheck, u"covering-signature-unchecked"_s)
                     : conclude(StepState::Fail, u"covering-signature-invalid"_s);
}

namespace {
DkimStep dkimStep(const Dkim::VerifyReport &report, const Dkim::Message &message, bool headersOnly)
{
    DkimStep step;
    step.skipped = report.skipped;
    const QList<Dkim::HeaderField> fields = message.headersNamed("dkim-signature");
    bool pass = false;
    bool unchecked = false;
    for (qsizetype i = 0; i < report.signatures.size(); ++i) {
        SignatureCheck check;
        check.result = report.signatures.at(i);
        check.reason = check.result.reason;
        if (const auto parsed = Dkim::Signature::parse(fields.value(i)))
            check.signedHeaders = parsed->signedHeaders;
        if (check.result.status == Dkim::VerifyStatus::TempError) {
            check.state = StepState::CouldNotCheck; // §6.1.2: the key lookup failed
        } else if (headersOnly) {
            check.state = StepState::CouldNotCheck; // bh= cannot be checked without the body
            check.reason = u"body-not-checked"_s;
        } else {
            check.state = check.result.status == Dkim::VerifyStatus::Pass ? StepState::Pass
                                                                          : StepState::Fail;
        }
        pass = pass || check.state == StepState::Pass;
        unchecked = unchecked || check.state == StepState::CouldNotCheck;
        step.signatures << check;
    }
    // RFC 6376 §6.1: the message is DKIM-authenticated by any one valid signature.
    if (step.signatures.isEmpty()) {
        step.state = StepState::NotEvaluated;
        step.reason = u"no-signature"_s;
    } else if (pass) {
        step.state = StepState::Pass;
    } else if (unchecked) {
        step.state = StepState::CouldNotCheck;
        step.reason = headersOnly ? u"body-not-checked"_s : u"dns-failure"_s;
    } else {
        step.state = StepState::Fail;
        step.reason = u"no-valid-signature"_s;
    }
    return step;
}

void concludeSpf(SpfStep &step, const Spf::Evaluation &evaluation)
{
    step.evaluation = evaluation;
    switch (evaluation.verdict) {
    case Spf::Verdict::Pass:
        step.state = StepState::Pass;
        break;
    case Spf::Verdict::TempError: // RFC 7208 §2.6.6: a transient (DNS) error
        step.state = StepState::CouldNotCheck;
        step.reason = u"dns-failure"_s;
        break;
    default: // only pass authorizes (DMARC counts nothing else, RFC 9989 §4.4)
        step.state = StepState::Fail;
        step.reason = u"spf-not-pass"_s;
    }
}

DmarcStep dmarcStep(const DmarcStep &from,
                    const Dmarc::AlignmentResult &alignment,
                    const DkimStep &dkim,
                    const SpfStep &spf)
{
    DmarcStep step = from;
    step.alignment = alignment;
    bool unchecked = spf.state == StepState::CouldNotCheck;
    for (const SignatureCheck &signature : dkim.signatures)
        unchecked = unchecked || signature.state == StepState::CouldNotCheck;
    switch (alignment.verdict) {
    case Dmarc::Verdict::Pass:
        step.state = StepState::Pass;
        break;
    case Dmarc::Verdict::NoPolicy:
        step.state = StepState::NotEvaluated;
        step.reason = u"no-policy"_s;
        break;
    case Dmarc::Verdict::Undetermined:
        step.state = StepState::CouldNotCheck;
        step.reason = u"undetermined"_s;
        break;
    case Dmarc::Verdict::Fail: // a result that could not be checked might have aligned
        step.state = unchecked ? StepState::CouldNotCheck : StepState::Fail;
        step.reason = unchecked ? u"authentication-unknown"_s : u"not-aligned"_s;
        break;
    }
    return step;
}

struct Run
{
    PreparedMessage prepared;
    MessageAnalysis analysis;
    QPromise<MessageAnalysis> promise;
    int pending = 2; // DKIM and SPF
};
} // namespace

MessageAnalyzer::MessageAnalyzer(Dns::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_spf(new Spf::SpfEvaluator(resolver, this))
{
}

QFuture<MessageAnalysis> MessageAnalyzer::analyze(const PreparedMessage &prepared)
{
    auto run = std::make_shared<Run>();
    run->prepared = prepared;
    run->analysis.headersOnly = prepared.headersOnly;
    run->promise.start();
    QFuture<MessageAnalysis> future = run->promise.future();

    const auto afterAuthentication = [this, run] {
        if (--run->pending > 0)
            return;
        MessageAnalysis &analysis = run->analysis;
        analysis.oneClick = checkOneClick(
            run->prepared.listUnsubscribe, run->prepared.listUnsubscribePost, analysis.dkim);
        for (const SignatureCheck &signature : std::as_const(analysis.dkim.signatures)) {
            const SelectorSeen seen{signature.result.domain, signature.result.selector};
            const bool known = std::any_of(
                analysis.selectors.cbegin(), analysis.selectors.cend(), [&seen](const auto &s) {
                    return s.domain == seen.domain && s.selector == seen.selector;
                });
            if (!known && !seen.domain.isEmpty())
                analysis.selectors << seen;
        }
        if (!run->prepared.fromDomain) {
            analysis.dmarc.state = StepState::NotEvaluated;
            analysis.dmarc.reason = u"no-from-domain"_s;
            analysis.dmarc.fromDetail = run->prepared.fromDomain.error().detail;
            run->promise.addResult(analysis);
            run->promise.finish();
            return;
        }
        // RFC 9989 §4.4: the SPF identifier is the domain SPF checked (MAIL FROM, or HELO).
        Dmarc::AlignmentInput input;
        input.fromDomain = *run->prepared.fromDomain;
        analysis.dmarc.fromDomain = input.fromDomain;
        if (analysis.spf.evaluation)
            input.mailFromDomain = analysis.spf.evaluation->domain.toLower();
        input.spfPass = analysis.spf.state == StepState::Pass;
        for (const SignatureCheck &signature : std::as_const(analysis.dkim.signatures)) {
            if (!signature.result.domain.isEmpty())
                input.dkim << Dmarc::AlignmentInput::Signature{signature.result.domain,
                                                               signature.state == StepState::Pass};
        }
        onResult(Dmarc::simulateAlignment(m_resolver, input),
                 this,
                 [run](const Dmarc::AlignmentResult &alignment) {
                     MessageAnalysis &done = run->analysis;
                     done.dmarc = dmarcStep(done.dmarc, alignment, done.dkim, done.spf);
                     run->promise.addResult(done);
                     run->promise.finish();
                 });
    };

    auto *verifier = new Dkim::Verifier(m_resolver, this);
    verifier->setBodyAvailable(!prepared.headersOnly);
    if (m_now.isValid())
        verifier->setNow(m_now);
    onResult(verifier->verify(prepared.raw),
             this,
             [run, verifier, afterAuthentication](const Dkim::VerifyReport &report) {
                 verifier->deleteLater();
                 run->analysis.dkim
                     = dkimStep(report, run->prepared.message, run->prepared.headersOnly);
                 afterAuthentication();
             });

    SpfStep &spf = run->analysis.spf;
    spf.sender = prepared.sender;
    const Spf::CheckRequest request{
        prepared.sender.ip, prepared.sender.mailFrom, prepared.sender.helo};
    // RFC 7208 §2.4: the MAIL FROM identity (postmaster@HELO for a null sender); the HELO
    // identity (§2.3) when the MAIL FROM is unknown.
    spf.heloIdentity = !prepared.sender.mailFromKnown;
    const bool identity = prepared.sender.mailFromKnown ? !prepared.sender.mailFrom.isEmpty()
                                                              || !prepared.sender.helo.isEmpty()
                                                        : !prepared.sender.helo.isEmpty();
    if (prepared.sender.ip.isNull() || !identity) {
        spf.state = StepState::NotEvaluated;
        spf.reason = prepared.sender.ip.isNull() ? u"no-client-ip"_s : u"no-identity"_s;
        QMetaObject::invokeMethod(this, afterAuthentication, Qt::QueuedConnection);
    } else {
        onResult(spf.heloIdentity ? m_spf->evaluateHelo(request) : m_spf->evaluate(request),
                 this,
                 [run, afterAuthentication](const Spf::Evaluation &evaluation) {
                     concludeSpf(run->analysis.spf, evaluation);
                     afterAuthentication();
                 });
    }
    return future;
}

} // namespace Sceau::Mail
