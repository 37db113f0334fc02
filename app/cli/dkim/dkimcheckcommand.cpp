#include "app/cli/dkim/dkimcheckcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/keycheck.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/message.h"
#include "model/dkim/privatekey.h"
#include "model/session/session.h"
#include "model/storage/workspace.h"

#include <QFile>

#include <QJsonObject>

namespace Sceau::Cli {

namespace {
const QString SelectorOption = QStringLiteral("selector");
const QString KeyOption = QStringLiteral("key");
} // namespace

QString DkimCheckCommand::description() const
{
    return Tr::tr("Check the DKIM key published for a selector: syntax, type, size, flags, match "
                  "with a private key.");
}

QList<QCommandLineOption> DkimCheckCommand::options() const
{
    return {
        {SelectorOption, Tr::tr("Selector to check."), QStringLiteral("S")},
        {KeyOption,
         Tr::tr("Private key file to compare with the published key."),
         QStringLiteral("FILE")},
    };
}

void DkimCheckCommand::run(CliContext &context,
                           const QCommandLineParser &parser,
                           const QStringList &positional)
{
    if (positional.size() != 1 || !parser.isSet(SelectorOption)) {
        context.fail(ExitCode::BadUsage, Tr::tr("dkim check: expected DOMAIN --selector S"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    std::optional<QByteArray> localKey;
    if (parser.isSet(KeyOption)) {
        const auto file = Input::file(parser.value(KeyOption), Dkim::MaxMessageSize);
        const auto key
            = file ? Dkim::PrivateKey::load(*file) : Result<Dkim::PrivateKey>(file.error());
        if (!key) {
            context.fail(ExitCode::BadUsage, describe(key.error()));
            return;
        }
        localKey = key->publicKeyData();
    }
    const auto validSelector = Input::selector(parser.value(SelectorOption), *domain);
    if (!validSelector) {
        context.failUsage(validSelector.error());
        return;
    }
    const QString selector = *validSelector;
    // Without --key, the workspace's key for this selector (its public half: no keychain needed).
    if (!localKey && QFile::exists(Storage::Workspace::defaultPath())) {
        const auto vault = context.session().keyVault();
        const auto entry
            = vault ? (*vault)->key(*domain, selector) : Result<Dkim::StoredKey>(vault.error());
        // No key for the selector: nothing to compare. A damaged workspace is said, never
        // silently skipped.
        if (!entry && entry.error().code != ErrorCode::NotFound) {
            context.fail(exitCodeFor(entry.error().code), describe(entry.error()));
            return;
        }
        if (entry)
            localKey = entry->publicKey;
    }
    onResult(Dkim::checkPublishedKey(context.resolver(), &context, *domain, selector, localKey),
             &context,
             [&context](const Dkim::KeyCheckReport &report) {
                 const int code = postureExitCode(hasSeverity(report.findings, Severity::Error),
                                                  Dns::isFailure(report.lookupStatus));
                 if (context.json()) {
                     QJsonObject object = Dkim::toJson(report);
                     object.insert(QStringLiteral("findings"), findingsJson(report.findings));
                     context.printJson(object);
                 } else {
                     //: %1 a DNS name, %2 a DNS status token (answer, nxdomain, timeout…)
                     context.out() << Tr::tr("%1 (%2)").arg(report.name,
                                                            Dns::statusToken(report.lookupStatus))
                                   << '\n';
                     for (const QString &record : report.records)
                         context.out() << "  " << record << '\n';
                     printFindings(context.out(), report.findings);
                 }
                 context.finish(code);
             });
}

} // namespace Sceau::Cli
