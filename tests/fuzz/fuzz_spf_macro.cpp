// SPF macro-strings (RFC 7208 §7): MacroString::syntaxProblem, usesValidatedName, expand, for
// each use (domain-spec, modifier, explanation).
#include "fuzzinput.h"

#include "model/spf/macrostring.h"

using namespace Sceau;
using Spf::MacroString::Use;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the client address family; the rest is the macro-string.
    Spf::MacroContext context;
    context.sender = QStringLiteral("strong-bad@email.example.com");
    context.localPart = QStringLiteral("strong-bad");
    context.senderDomain = QStringLiteral("email.example.com");
    context.domain = QStringLiteral("email.example.com");
    context.ip = QHostAddress(data[0] & 1 ? QStringLiteral("2001:db8::cb01")
                                          : QStringLiteral("192.0.2.3"));
    context.validatedName = QStringLiteral("mx.example.org");
    context.helo = QStringLiteral("mx.example.org");
    context.timestamp = 1700000000;
    const QString text = QString::fromUtf8(Fuzz::bytes(data + 1, size - 1));

    Spf::MacroString::usesValidatedName(text);
    for (const Use use : {Use::DomainSpec, Use::Modifier, Use::Explanation}) {
        const bool valid = !Spf::MacroString::syntaxProblem(text, use).has_value();
        const auto expanded = Spf::MacroString::expand(text, context, use);
        // What the syntax check accepts, expansion accepts too.
        SCEAU_FUZZ_ASSERT(!valid || expanded);
        // §7.3: a domain-spec is cut from the left, label by label, to at most 253 characters
        // (a single longer label cannot be cut; the name is then invalid for the lookup).
        if (expanded && use == Use::DomainSpec)
            SCEAU_FUZZ_ASSERT(expanded->size() <= 253 || !expanded->contains(u'.'));
    }
    return 0;
}
