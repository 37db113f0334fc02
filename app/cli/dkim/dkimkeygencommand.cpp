#include "app/cli/dkim/dkimkeygencommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/keyexport.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/session/session.h"

#include <QFileInfo>

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");
const QString SelectorOption = QStringLiteral("selector");
const QString AlgorithmOption = QStringLiteral("algorithm");
const QString TestingOption = QStringLiteral("testing");
const QString ExportOption = QStringLiteral("export");
const QString NoStoreOption = QStringLiteral("no-store");

struct Request
{
    QString domain;
    QString selector;
    Dkim::KeySpec spec;
    bool testing = false;
    QString exportPath;
    bool store = true;
};

void report(CliContext &context,
            const Request &request,
            const Dkim::KeyPair &pair,
            const std::optional<Dkim::StoredKey> &entry)
{
    Dkim::RecordOptions recordOptions;
    recordOptions.testing = request.testing;
    const QString record
        = Dkim::recordForKey(pair.spec.algorithm, pair.publicKeyData, recordOptions).toText();
    const QString zoneLine = Dkim::zoneLine(request.selector, request.domain, record);
    if (context.json()) {
        context.printJson(Dkim::keygenJson(
            request.domain, request.selector, pair, recordOptions, request.exportPath, entry));
    } else {
        QTextStream &out = context.out();
        if (pair.spec.isWeak())
            out << Tr::tr("Warning: a 1024-bit RSA key is weak; prefer 2048 bits.") << '\n';
        if (entry)
            //: %1 selector, %2 domain, %3 workspace id
            out << Tr::tr("Key for selector %1 of %2 stored in the workspace (id %3).")
                       .arg(request.selector, request.domain)
                       .arg(entry->id)
                << '\n';
        if (!request.exportPath.isEmpty()) {
            out << Tr::tr("Private key written to %1 (mode 0600).").arg(request.exportPath) << '\n';
            const Dkim::SigningSetup setup{
                request.domain, request.selector, request.exportPath, pair.spec.algorithm};
            out << Tr::tr("Mail server configuration:") << '\n'
                << Dkim::openDkimSnippet(setup) << '\n'
                << Dkim::postfixSnippet(setup) << '\n'
                << Dkim::rspamdSnippet(setup) << '\n'
                << Dkim::eximSnippet(setup) << '\n';
        }
        out << Tr::tr("Publish this record:") << '\n' << zoneLine << '\n';
    }
    context.finish(ExitCode::Done);
}

// Last step: the plaintext PEM is written only once the key is safely stored (or not to be
// stored), so no failure can leave a private key on disk that the workspace does not know.
void exportAndReport(CliContext &context,
                     const Request &request,
                     const Dkim::KeyPair &pair,
                     const std::optional<Dkim::StoredKey> &entry)
{
    if (!request.exportPath.isEmpty()) {
        if (auto exported = Dkim::exportPrivateKey(pair.privateKey, request.exportPath);
            !exported) { // exportPrivateKey removes what it had written
            QString message = describe(exported.error());
            if (entry)
                //: %1 why the export failed, %2 workspace id, %3 selector, %4 domain
                message = Tr::tr("%1. The key is stored in the workspace (id %2); write it "
                                 "with: dkim export --domain %4 --selector %3 --out FILE")
                              .arg(message)
                              .arg(entry->id)
                              .arg(request.selector, request.domain);
            context.fail(exitCodeFor(exported.error().code), message);
            return;
        }
    }
    report(context, request, pair, entry);
}
} // namespace

QString DkimKeygenCommand::description() const
{
    return Tr::tr("Generate a DKIM key pair, keep it in the workspace and print the DNS record.");
}

QList<QCommandLineOption> DkimKeygenCommand::options() const
{
    return {
        {DomainOption, Tr::tr("Signing domain (d=)."), QStringLiteral("D")},
        {SelectorOption,
         Tr::tr("Selector (s=); default: a date-coded one such as s202611."),
         QStringLiteral("S")},
        {AlgorithmOption,
         Tr::tr("Key type: rsa-1024, rsa-2048 (default), rsa-3072, rsa-4096 or ed25519."),
         QStringLiteral("A")},
        {TestingOption, Tr::tr("Publish the record with t=y (testing mode).")},
        {ExportOption,
         Tr::tr("Also write the private key as PEM to FILE (mode 0600, never overwritten)."),
         QStringLiteral("FILE")},
        {NoStoreOption, Tr::tr("Do not keep the key in the workspace (needs --export).")},
    };
}

void DkimKeygenCommand::run(CliContext &context,
                            const QCommandLineParser &parser,
                            const QStringList &positional)
{
    if (!positional.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("dkim keygen: unexpected argument “%1”").arg(positional.first()));
        return;
    }
    Request request;
    const auto domain = Input::domain(parser.value(DomainOption), QStringLiteral("--domain"));
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    request.domain = *domain;
    const auto selector = Input::selector(parser.isSet(SelectorOption)
                                              ? parser.value(SelectorOption)
                                              : Dkim::proposedSelector(QDate::currentDate()),
                                          request.domain);
    if (!selector) {
        context.failUsage(selector.error());
        return;
    }
    request.selector = *selector;
    const auto spec = parser.isSet(AlgorithmOption)
                          ? Dkim::KeySpec::fromToken(parser.value(AlgorithmOption))
                          : std::optional(Dkim::KeySpec::defaultSpec());
    if (!spec) {
        context.fail(
            ExitCode::BadUsage,
            Tr::tr("--algorithm: unknown key type “%1”").arg(parser.value(AlgorithmOption)));
        return;
    }
    request.spec = *spec;
    request.testing = parser.isSet(TestingOption);
    request.exportPath = parser.value(ExportOption);
    request.store = !parser.isSet(NoStoreOption);
    if (!request.store && request.exportPath.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("--no-store needs --export, or the private key would be lost"));
        return;
    }
    if (!request.exportPath.isEmpty() && QFileInfo::exists(request.exportPath)) {
        // Checked again when writing (never overwritten); said now, before any key is made.
        context.fail(ExitCode::BadUsage,
                     Tr::tr("%1 already exists; it was not overwritten").arg(request.exportPath));
        return;
    }
    Dkim::KeyVault *vault = nullptr;
    if (request.store) {
        auto opened = context.session().keyVault();
        if (!opened) {
            context.fail(exitCodeFor(opened.error().code), describe(opened.error()));
            return;
        }
        vault = *opened;
    }

    auto *generator = new Dkim::KeyGenerator(&context);
    onResult(generator->generate(request.spec),
             &context,
             [&context, request, vault](const Result<Dkim::KeyPair> &pair) {
                 if (!pair) {
                     context.fail(exitCodeFor(pair.error().code), describe(pair.error()));
                     return;
                 }
                 if (!vault) {
                     exportAndReport(context, request, *pair, std::nullopt);
                     return;
                 }
                 onResult(vault->store(request.domain, request.selector, *pair),
                          &context,
                          [&context, request, pair = *pair](const Result<Dkim::StoredKey> &entry) {
                              if (!entry) {
                                  context.fail(exitCodeFor(entry.error().code),
                                               describe(entry.error()));
                                  return;
                              }
                              exportAndReport(context, request, pair, *entry);
                          });
             });
}

} // namespace Sceau::Cli
