#include "app/cli/message/messageanalyzecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dmarc/dmarcjson.h"
#include "model/mail/messageanalysisjson.h"
#include "model/spf/spfresult.h"

namespace Sceau::Cli {

namespace {
const QString HeadersOnlyOption = QStringLiteral("headers-only");
const QString WholeMessageOption = QStringLiteral("whole-message");

QString stateLine(int number, const QString &name, Mail::StepState state, const QString &reason)
{
    //: %1 step number, %2 step name, %3 state token (pass, fail, not-evaluated,
    //: could-not-check: not translated)
    QString line = Tr::tr("%1. %2: %3").arg(number).arg(name, Mail::stepStateToken(state));
    const QString why = Mail::stepReasonText(reason);
    if (!why.isEmpty())
        line += QStringLiteral(" — ") + why;
    return line + u'\n';
}

QString orUnknown(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(unknown)") : value;
}

void printText(QTextStream &out, const Mail::MessageAnalysis &analysis)
{
    if (analysis.headersOnly)
        out << Tr::tr("Headers only: body hashes are not checked.") << '\n';
    out << stateLine(1, Tr::tr("DKIM"), analysis.dkim.state, analysis.dkim.reason);
    for (const Mail::SignatureCheck &check : analysis.dkim.signatures) {
        const Dkim::SignatureResult &r = check.result;
        //: %1 state token, %2 domain, %3 selector, %4 algorithm, %5 RFC 8601 result token
        out << "   "
            << Tr::tr("%1: d=%2 s=%3 a=%4 (dkim=%5)")
                   .arg(Mail::stepStateToken(check.state),
                        r.domain,
                        r.selector,
                        r.algorithm,
                        Dkim::verifyStatusToken(r.status));
        if (!check.reason.isEmpty())
            out << ' ' << check.reason;
        if (!r.detail.isEmpty())
            out << " (" << r.detail << ')';
        out << '\n';
    }
    const Mail::SpfStep &spf = analysis.spf;
    out << stateLine(2, Tr::tr("SPF"), spf.state, spf.reason);
    if (!spf.sender.ip.isNull())
        //: %1 IP address, %2 MAIL FROM, %3 HELO name, %4 where the IP was read (token)
        out << "   "
            << Tr::tr("IP %1, MAIL FROM %2, HELO %3 (from %4)")
                   .arg(spf.sender.ip.toString(),
                        spf.sender.mailFromKnown ? QStringLiteral("<%1>").arg(spf.sender.mailFrom)
                                                 : orUnknown({}),
                        orUnknown(spf.sender.helo),
                        Mail::traceSourceToken(spf.sender.ipSource))
            << '\n';
    if (spf.evaluation)
        //: %1 domain checked, %2 RFC 7208 result token, %3 the deciding term
        out << "   "
            << Tr::tr("check_host(%1): %2 %3")
                   .arg(spf.evaluation->domain,
                        Spf::verdictToken(spf.evaluation->verdict),
                        spf.evaluation->matchedTerm)
                   .trimmed()
            << '\n';
    const Mail::DmarcStep &dmarc = analysis.dmarc;
    out << stateLine(3, Tr::tr("DMARC"), dmarc.state, dmarc.reason);
    if (!dmarc.fromDetail.isEmpty())
        out << "   " << dmarc.fromDetail << '\n';
    if (dmarc.alignment) {
        const Dmarc::AlignmentResult &a = *dmarc.alignment;
        //: %1 From domain, %2 and %3 yes/no tokens
        out << "   "
            << Tr::tr("From %1: SPF aligned %2, DKIM aligned %3")
                   .arg(dmarc.fromDomain,
                        a.spfAligned ? QStringLiteral("yes") : QStringLiteral("no"),
                        a.dkimAligned ? QStringLiteral("yes") : QStringLiteral("no"))
            << '\n';
        if (a.policy)
            //: %1 policy domain, %2 and %3 none, quarantine or reject
            out << "   "
                << Tr::tr("policy of %1: p=%2, on failure: %3")
                       .arg(a.policyDomain,
                            Dmarc::policyToken(a.requested),
                            Dmarc::policyToken(a.disposition))
                << '\n';
    }
    const Mail::OneClickStep &oneClick = analysis.oneClick;
    out << stateLine(
        4, Tr::tr("One-click unsubscribe (RFC 8058)"), oneClick.state, oneClick.reason);
    if (!oneClick.httpsUri.isEmpty())
        out << "   " << oneClick.httpsUri << '\n';
    QStringList selectors;
    for (const Mail::SelectorSeen &seen : analysis.selectors)
        selectors << QStringLiteral("d=%1 s=%2").arg(seen.domain, seen.selector);
    //: %1 the d=/s= pairs of the signatures, or "none"
    out << Tr::tr("5. Selectors seen: %1")
               .arg(selectors.isEmpty() ? Tr::tr("none") : selectors.join(QStringLiteral(", ")))
        << '\n';
}
} // namespace

QString MessageAnalyzeCommand::description() const
{
    return Tr::tr("Analyze a received message: DKIM, SPF of the sending IP, DMARC, one-click "
                  "unsubscribe, selectors.");
}

QList<QCommandLineOption> MessageAnalyzeCommand::options() const
{
    return {
        {HeadersOnlyOption,
         Tr::tr("The input is a header block without body (detected when no empty line ends "
                "the header, or nothing follows it).")},
        {WholeMessageOption, Tr::tr("The input is a whole message, even with an empty body.")},
    };
}

void MessageAnalyzeCommand::run(CliContext &context,
                                const QCommandLineParser &parser,
                                const QStringList &positional)
{
    if (positional.size() > 1
        || (parser.isSet(HeadersOnlyOption) && parser.isSet(WholeMessageOption))) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("message analyze: expected at most one FILE, and at most one of "
                            "--headers-only and --whole-message"));
        return;
    }
    const auto raw = Input::file(positional.value(0), Dkim::MaxMessageSize);
    if (!raw) {
        context.fail(ExitCode::BadUsage, describe(raw.error()));
        return;
    }
    const Mail::InputKind kind = parser.isSet(HeadersOnlyOption)    ? Mail::InputKind::HeadersOnly
                                 : parser.isSet(WholeMessageOption) ? Mail::InputKind::Message
                                                                    : Mail::InputKind::Detect;
    const auto prepared = Mail::prepareMessage(*raw, kind);
    if (!prepared) {
        context.fail(ExitCode::BadUsage, describe(prepared.error()));
        return;
    }
    auto *analyzer = new Mail::MessageAnalyzer(context.resolver(), &context);
    onResult(
        analyzer->analyze(*prepared), &context, [&context](const Mail::MessageAnalysis &analysis) {
            if (context.json())
                context.printJson(Mail::toJson(analysis));
            else
                printText(context.out(), analysis);
            // 1 when a step failed, else 3 when one could not be checked, else 0.
            context.finish(postureExitCode(analysis.hasFailure(), analysis.incomplete()));
        });
}

} // namespace Sceau::Cli
