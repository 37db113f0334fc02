#include "app/cli/dkim/dkimstatecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/session/session.h"

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");
const QString SelectorOption = QStringLiteral("selector");

// One line per authoritative nameserver: serves it, does not serve it yet, could not be asked.
void printPublication(QTextStream &out, const Dkim::PublicationReport &report)
{
    if (report.zone.isEmpty()) {
        //: %1 a DNS name
        out << Tr::tr("%1: could not check: the zone's nameservers could not be found")
                   .arg(report.name)
            << '\n';
        return;
    }
    //: %1 a DNS name, %2 servers serving the record, %3 all the zone's authoritative servers
    out << Tr::tr("%1: served by %2 of %3 authoritative nameservers")
               .arg(report.name)
               .arg(report.serving())
               .arg(report.servers.size())
        << '\n';
    for (const Dkim::ServerPublication &server : report.servers) {
        const QString where = server.server.isEmpty()
                                  ? server.host
                                  //: %1 a nameserver's name, %2 its address and port
                                  : Tr::tr("%1 (%2)").arg(server.host, server.server);
        if (Dns::isFailure(server.status))
            //: %1 a nameserver, %2 why it could not be asked
            out << "  "
                << Tr::tr("%1: could not check: %2")
                       .arg(where, describe(Dns::failureError(server.status, server.detail)));
        else if (server.serves)
            out << "  " << Tr::tr("%1: serves it").arg(where);
        else
            out << "  " << Tr::tr("%1: does not serve it yet").arg(where);
        out << '\n';
    }
}

void print(CliContext &context, const Dkim::StoredKey &key, const Dkim::StepOutcome &outcome)
{
    if (!outcome.key && !outcome.publication)
        return; // refused before DNS was asked: only the message
    if (context.json()) {
        context.printJson(Dkim::stepJson(outcome.key ? *outcome.key : key, outcome.publication));
        return;
    }
    if (outcome.publication)
        printPublication(context.out(), *outcome.publication);
    if (outcome.key)
        //: %1 selector, %2 domain, %3 state token (published, active…)
        context.out() << Tr::tr("Key %1 of %2 is now %3.")
                             .arg(key.selector,
                                  key.domain,
                                  Dkim::KeyStates.token(outcome.key->state))
                      << '\n';
}
} // namespace

QString DkimStateCommand::description() const
{
    return Tr::tr("Move a workspace DKIM key along its rotation: publish, activate, retire, "
                  "revoke, destroy.");
}

QList<QCommandLineOption> DkimStateCommand::options() const
{
    return {{DomainOption, Tr::tr("Signing domain of the key."), QStringLiteral("D")},
            {SelectorOption, Tr::tr("Selector of the key."), QStringLiteral("S")}};
}

void DkimStateCommand::run(CliContext &context,
                           const QCommandLineParser &parser,
                           const QStringList &positional)
{
    const auto step
        = positional.size() == 1 ? Dkim::KeySteps.value(positional.first()) : std::nullopt;
    if (!step) {
        //: %1 the step words (publish, activate…)
        context.fail(ExitCode::BadUsage,
                     Tr::tr("dkim state: expected one of %1")
                         .arg(Dkim::KeySteps.tokens().join(QStringLiteral(", "))));
        return;
    }
    const auto domain = Input::domain(parser.value(DomainOption), QStringLiteral("--domain"));
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    const auto selector = Input::selector(parser.value(SelectorOption), *domain);
    if (!selector) {
        context.failUsage(selector.error());
        return;
    }
    const auto vault = context.session().keyVault();
    const auto key
        = vault ? (*vault)->key(*domain, *selector) : Result<Dkim::StoredKey>(vault.error());
    if (!key) {
        context.fail(exitCodeFor(key.error().code), describe(key.error()));
        return;
    }
    onResult((*vault)->advance(key->id, *step, context.session().authoritativeCheck()),
             &context,
             [&context, key = *key](const Dkim::StepOutcome &outcome) {
                 print(context, key, outcome);
                 if (!outcome.key) {
                     context.fail(exitCodeFor(outcome.key.error().code),
                                  describe(outcome.key.error()));
                     return;
                 }
                 context.finish(ExitCode::Done);
             });
}

} // namespace Sceau::Cli
