#include "app/cli/dmarc/dmarcaligncommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dmarc/alignment.h"
#include "model/dmarc/dmarcjson.h"

namespace Sceau::Cli {

namespace {
const QString FromOption = QStringLiteral("from");
const QString MailFromOption = QStringLiteral("mail-from");
const QString DkimDomainOption = QStringLiteral("dkim-d");
const QString SpfOption = QStringLiteral("spf");
const QString DkimOption = QStringLiteral("dkim");
const QString PolicyDomainOption = QStringLiteral("policy-domain");

// RFC 7208 §2.6 results, and RFC 8601 §2.7.1 DKIM results; only "pass" counts for DMARC.
const QStringList SpfResults{QStringLiteral("pass"),
                             QStringLiteral("fail"),
                             QStringLiteral("softfail"),
                             QStringLiteral("neutral"),
                             QStringLiteral("none"),
                             QStringLiteral("permerror"),
                             QStringLiteral("temperror")};
const QStringList DkimResults{QStringLiteral("pass"),
                              QStringLiteral("fail"),
                              QStringLiteral("neutral"),
                              QStringLiteral("none"),
                              QStringLiteral("policy"),
                              QStringLiteral("permerror"),
                              QStringLiteral("temperror")};
} // namespace

QString DmarcAlignCommand::description() const
{
    return Tr::tr("Simulate DMARC: are SPF and DKIM aligned with the From domain, and what the "
                  "policy does.");
}

QList<QCommandLineOption> DmarcAlignCommand::options() const
{
    return {
        {FromOption, Tr::tr("The From header's domain."), QStringLiteral("D")},
        {MailFromOption, Tr::tr("The MAIL FROM (envelope) domain."), QStringLiteral("D")},
        {DkimDomainOption, Tr::tr("The d= of a DKIM signature (repeatable)."), QStringLiteral("D")},
        //: the values are protocol tokens, not translated
        {SpfOption,
         Tr::tr("SPF result: pass, fail, softfail, neutral, none, permerror, temperror."),
         QStringLiteral("R")},
        {DkimOption,
         Tr::tr("DKIM result of each --dkim-d, in order (one value applies to all)."),
         QStringLiteral("R")},
        {PolicyDomainOption,
         Tr::tr("Use the policy found from this domain instead of the From domain's."),
         QStringLiteral("D")},
    };
}

void DmarcAlignCommand::run(CliContext &context,
                            const QCommandLineParser &parser,
                            const QStringList &positional)
{
    if (!positional.isEmpty() || !parser.isSet(FromOption)) {
        context.fail(ExitCode::BadUsage, Tr::tr("dmarc align: expected --from D and options only"));
        return;
    }
    Dmarc::AlignmentInput input;
    const auto from = Input::domain(parser.value(FromOption), QStringLiteral("--from"));
    if (!from) {
        context.failUsage(from.error());
        return;
    }
    input.fromDomain = *from;
    if (parser.isSet(MailFromOption)) {
        const auto mailFrom
            = Input::domain(parser.value(MailFromOption), QStringLiteral("--mail-from"));
        if (!mailFrom) {
            context.failUsage(mailFrom.error());
            return;
        }
        input.mailFromDomain = *mailFrom;
    }
    const QString spf = parser.value(SpfOption).toLower();
    if (!spf.isEmpty() && !SpfResults.contains(spf)) {
        //: %1 the value given, %2 the accepted values
        context.fail(ExitCode::BadUsage,
                     Tr::tr("--spf: “%1” is not one of %2").arg(spf, SpfResults.join(u", ")));
        return;
    }
    input.spfPass = spf == u"pass";
    const QStringList dkimDomains = parser.values(DkimDomainOption);
    const QStringList dkimResults = parser.values(DkimOption);
    if (dkimResults.size() > 1 && dkimResults.size() != dkimDomains.size()) {
        context.fail(ExitCode::BadUsage, Tr::tr("--dkim: give one result, or one per --dkim-d"));
        return;
    }
    for (qsizetype i = 0; i < dkimDomains.size(); ++i) {
        const auto domain = Input::domain(dkimDomains.at(i), QStringLiteral("--dkim-d"));
        if (!domain) {
            context.failUsage(domain.error());
            return;
        }
        const QString result = dkimResults.isEmpty()
                                   ? QStringLiteral("none")
                                   : dkimResults.value(dkimResults.size() == 1 ? 0 : i).toLower();
        if (!DkimResults.contains(result)) {
            context.fail(
                ExitCode::BadUsage,
                Tr::tr("--dkim: “%1” is not one of %2").arg(result, DkimResults.join(u", ")));
            return;
        }
        input.dkim << Dmarc::AlignmentInput::Signature{*domain, result == u"pass"};
    }
    QString policyDomain;
    if (parser.isSet(PolicyDomainOption)) {
        const auto domain
            = Input::domain(parser.value(PolicyDomainOption), QStringLiteral("--policy-domain"));
        if (!domain) {
            context.failUsage(domain.error());
            return;
        }
        policyDomain = *domain;
    }
    onResult(Dmarc::simulateAlignment(context.resolver(), input, policyDomain),
             &context,
             [&context](const Dmarc::AlignmentResult &result) {
                 if (context.json()) {
                     context.printJson(Dmarc::toJson(result));
                 } else {
                     //: %1 pass, fail, no-policy or undetermined (tokens, not translated)
                     context.out()
                         << Tr::tr("verdict: %1").arg(Dmarc::verdictToken(result.verdict)) << '\n';
                     //: %1, %2 true or false
                     context.out() << Tr::tr("SPF aligned: %1, DKIM aligned: %2")
                                          .arg(result.spfAligned ? QStringLiteral("true")
                                                                 : QStringLiteral("false"),
                                               result.dkimAligned ? QStringLiteral("true")
                                                                  : QStringLiteral("false"))
                                   << '\n';
                     if (result.policy)
                         //: %1 none, quarantine or reject
                         context.out()
                             << Tr::tr("on failure: %1").arg(Dmarc::policyToken(result.disposition))
                             << '\n';
                 }
                 switch (result.verdict) {
                 case Dmarc::Verdict::Fail:
                     context.finish(ExitCode::CheckFailed);
                     break;
                 case Dmarc::Verdict::Undetermined:
                     context.finish(ExitCode::CouldNotComplete);
                     break;
                 default:
                     context.finish(ExitCode::Done);
                 }
             });
}

} // namespace Sceau::Cli
