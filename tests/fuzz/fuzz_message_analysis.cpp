// The parts of a message analysis that need no DNS (Mail::prepareMessage): header splitting,
// the RFC5322.From domain (Dmarc::fromDomain), the sender trace of Received-SPF,
// Authentication-Results, Received and Return-Path (Mail::findSender), the header text helpers
// and the RFC 8058 one-click check over the signatures' h= tags.
#include "fuzzinput.h"

#include "model/dkim/signature.h"
#include "model/mail/headertext.h"
#include "model/mail/messageanalysis.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = Fuzz::bytes(data, size);
    const auto prepared = Mail::prepareMessage(raw, Mail::InputKind::Detect);
    if (!prepared)
        return 0;
    SCEAU_FUZZ_ASSERT(prepared->message.headers.size() <= Mail::MaxHeaderFields);
    // A From domain is a normalized name: lower case, no trailing dot, never empty.
    if (prepared->fromDomain) {
        const QString &domain = *prepared->fromDomain;
        SCEAU_FUZZ_ASSERT(!domain.isEmpty() && domain == domain.toLower()
                          && !domain.endsWith(u'.'));
    }
    // Sources are set exactly when their facts are.
    const Mail::SenderTrace &trace = prepared->sender;
    SCEAU_FUZZ_ASSERT(trace.ip.isNull() == (trace.ipSource == Mail::TraceSource::None));
    SCEAU_FUZZ_ASSERT(trace.mailFromKnown == (trace.mailFromSource != Mail::TraceSource::None));
    for (const Dkim::HeaderField &field : prepared->message.headers) {
        const QByteArray text = Mail::withoutComments(Mail::unfolded(field.value()));
        SCEAU_FUZZ_ASSERT(text.size() <= field.value().size()); // only ever removes
    }
    // The one-click check over the signatures as parsed, each once as pass and once not.
    Mail::DkimStep dkim;
    for (const Dkim::HeaderField &field : prepared->message.headersNamed("dkim-signature")) {
        Mail::SignatureCheck check;
        if (const auto parsed = Dkim::Signature::parse(field))
            check.signedHeaders = parsed->signedHeaders;
        check.state = dkim.signatures.size() % 2 ? Mail::StepState::Pass : Mail::StepState::Fail;
        dkim.signatures << check;
    }
    const Mail::OneClickStep step
        = Mail::checkOneClick(prepared->listUnsubscribe, prepared->listUnsubscribePost, dkim);
    SCEAU_FUZZ_ASSERT(step.state != Mail::StepState::Pass || !step.httpsUri.isEmpty());
    for (const qsizetype index : step.coveredBy)
        SCEAU_FUZZ_ASSERT(index >= 0 && index < dkim.signatures.size());
    return 0;
}
