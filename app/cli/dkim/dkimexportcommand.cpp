#include "app/cli/dkim/dkimexportcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/keyexport.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/session/session.h"

#include <QJsonObject>

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");
const QString SelectorOption = QStringLiteral("selector");
const QString OutOption = QStringLiteral("out");
} // namespace

QString DkimExportCommand::description() const
{
    return Tr::tr("Write a workspace DKIM private key as PEM for a mail server, with configuration "
                  "snippets.");
}

QList<QCommandLineOption> DkimExportCommand::options() const
{
    return {{DomainOption, Tr::tr("Signing domain of the key."), QStringLiteral("D")},
            {SelectorOption, Tr::tr("Selector of the key."), QStringLiteral("S")},
            {OutOption,
             Tr::tr("PEM file to create (mode 0600; an existing file is never overwritten)."),
             QStringLiteral("FILE")}};
}

void DkimExportCommand::run(CliContext &context,
                            const QCommandLineParser &parser,
                            const QStringList &positional)
{
    if (!positional.isEmpty() || !parser.isSet(OutOption)) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("dkim export: expected --domain D --selector S --out FILE"));
        return;
    }
    const auto domain = Input::domain(parser.value(DomainOption), QStringLiteral("--domain"));
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    const auto validSelector = Input::selector(parser.value(SelectorOption), *domain);
    if (!validSelector) {
        context.failUsage(validSelector.error());
        return;
    }
    const QString selector = *validSelector;
    const auto vault = context.session().keyVault();
    const auto entry
        = vault ? (*vault)->key(*domain, selector) : Result<Dkim::StoredKey>(vault.error());
    if (!entry) { // NotFound: bad usage (2)
        context.fail(exitCodeFor(entry.error().code), describe(entry.error()));
        return;
    }
    const Dkim::SigningSetup setup{
        *domain, selector, parser.value(OutOption), entry->spec.algorithm};
    onResult((*vault)->privateKey(entry->id),
             &context,
             [&context, setup](const Result<Dkim::PrivateKey> &key) {
                 if (!key) {
                     context.fail(exitCodeFor(key.error().code), describe(key.error()));
                     return;
                 }
                 if (auto written = Dkim::exportPrivateKey(*key, setup.keyPath); !written) {
                     context.fail(exitCodeFor(written.error().code), describe(written.error()));
                     return;
                 }
                 if (context.json()) {
                     context.printJson(Dkim::exportJson(setup));
                 } else {
                     context.out()
                         << Tr::tr("Private key written to %1 (mode 0600).").arg(setup.keyPath)
                         << '\n'
                         << Dkim::openDkimSnippet(setup) << '\n'
                         << Dkim::postfixSnippet(setup) << '\n'
                         << Dkim::rspamdSnippet(setup) << '\n'
                         << Dkim::eximSnippet(setup) << '\n';
                 }
                 context.finish(ExitCode::Done);
             });
}

} // namespace Sceau::Cli
