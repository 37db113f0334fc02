#include "app/cli/spf/spfevalcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dns/textescape.h"
#include "model/session/session.h"
#include "model/spf/spfevaluator.h"
#include "model/spf/spfjson.h"
#include "model/spf/spflimits.h"

#include <QHostAddress>

namespace Sceau::Cli {

namespace {
const QString IpOption = QStringLiteral("ip");
const QString SenderOption = QStringLiteral("sender");
const QString HeloOption = QStringLiteral("helo");
const QString IdentityOption = QStringLiteral("identity");
} // namespace

QString SpfEvalCommand::description() const
{
    return Tr::tr("Evaluate SPF (RFC 7208 check_host()) for a client address and a sender.");
}

QList<QCommandLineOption> SpfEvalCommand::options() const
{
    return {
        {IpOption, Tr::tr("Address of the sending client (IPv4 or IPv6)."), QStringLiteral("IP")},
        {SenderOption,
         Tr::tr("MAIL FROM address; empty for a bounce (then postmaster@HELO is checked)."),
         QStringLiteral("ADDR")},
        {HeloOption, Tr::tr("The name the client gave in HELO/EHLO."), QStringLiteral("NAME")},
        //: "mailfrom" and "helo" are values of the option, not translated
        {IdentityOption,
         Tr::tr("Identity to check: mailfrom (default) or helo (RFC 7208 §2.3)."),
         QStringLiteral("mailfrom|helo"),
         QStringLiteral("mailfrom")},
    };
}

int SpfEvalCommand::exitCodeFor(Spf::Verdict verdict)
{
    switch (verdict) {
    case Spf::Verdict::Pass:
        return ExitCode::Done;
    case Spf::Verdict::TempError:
        return ExitCode::CouldNotComplete;
    default:
        return ExitCode::CheckFailed;
    }
}

void SpfEvalCommand::run(CliContext &context,
                         const QCommandLineParser &parser,
                         const QStringList &positional)
{
    if (!positional.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("spf eval: unexpected argument “%1”").arg(positional.first()));
        return;
    }
    QHostAddress ip;
    if (!parser.isSet(IpOption) || !ip.setAddress(parser.value(IpOption))) {
        context.fail(ExitCode::BadUsage, Tr::tr("spf eval: --ip needs an IPv4 or IPv6 address"));
        return;
    }
    const Spf::CheckRequest request{
        ip, parser.value(SenderOption).trimmed(), parser.value(HeloOption).trimmed()};
    const QString identity = parser.value(IdentityOption);
    if (identity != u"mailfrom" && identity != u"helo") {
        context.fail(ExitCode::BadUsage, Tr::tr("spf eval: --identity is mailfrom or helo"));
        return;
    }
    const bool helo = identity == u"helo";
    if (helo && request.helo.isEmpty()) {
        context.fail(ExitCode::BadUsage, Tr::tr("spf eval: --identity helo needs --helo"));
        return;
    }
    if (request.sender.isEmpty() && request.helo.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("spf eval: give --sender, or --helo for an empty sender"));
        return;
    }
    auto *evaluator = new Spf::SpfEvaluator(context.session().runResolver(&context), &context);
    onResult(helo ? evaluator->evaluateHelo(request) : evaluator->evaluate(request),
             &context,
             [&context, request](const Spf::Evaluation &evaluation) {
                 if (context.json()) {
                     QJsonObject object = Spf::toJson(evaluation);
                     object.insert(QStringLiteral("ip"), request.ip.toString());
                     object.insert(QStringLiteral("sender"), request.sender);
                     object.insert(QStringLiteral("helo"), request.helo);
                     context.printJson(object);
                 } else {
                     QTextStream &out = context.out();
                     //: %1 the SPF result token (pass, fail…), %2 a domain name
                     out << Tr::tr("SPF result: %1 (domain %2)")
                                .arg(Spf::verdictToken(evaluation.verdict), evaluation.domain)
                         << '\n';
                     if (!evaluation.matchedTerm.isEmpty())
                         out << Tr::tr("Decided by: %1 in the record of %2")
                                    .arg(evaluation.matchedTerm, evaluation.matchedDomain)
                             << '\n';
                     if (!evaluation.explanation.isEmpty())
                         out << Tr::tr("Explanation: %1")
                                    .arg(Dns::escapeLatin1Text(evaluation.explanation))
                             << '\n';
                     out << Tr::tr("DNS-querying terms: %1 / %2, void lookups: %3 / %4")
                                .arg(evaluation.lookups)
                                .arg(Spf::MaxLookups)
                                .arg(evaluation.voidLookups)
                                .arg(Spf::MaxVoidLookups)
                         << '\n';
                     if (!evaluation.detail.isEmpty())
                         out << Tr::tr("Detail: %1").arg(Dns::escapeLatin1Text(evaluation.detail))
                             << '\n';
                 }
                 context.finish(exitCodeFor(evaluation.verdict));
             });
}

} // namespace Sceau::Cli
