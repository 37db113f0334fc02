#include "app/cli/dkim/dkimsigncommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/message.h"
#include "model/dkim/signer.h"
#include "model/session/session.h"

#include <cstdio>

namespace Sceau::Cli {

namespace {
const QString KeyOption = QStringLiteral("key");
const QString SelectorOption = QStringLiteral("selector");
const QString DomainOption = QStringLiteral("domain");
const QString CanonOption = QStringLiteral("canonicalization");

void sign(CliContext &context,
          const QByteArray &message,
          const Dkim::PrivateKey &key,
          const Dkim::SignOptions &options)
{
    const auto field = Dkim::signatureField(message, key, options);
    if (!field) {
        context.fail(exitCodeFor(field.error().code), describe(field.error()));
        return;
    }
    const QByteArray signedMessage = *field + "\r\n" + Dkim::Message::toCrlf(message);
    if (context.json()) {
        context.printJson(Dkim::signJson(
            options.domain, options.selector, key.algorithm(), *field, signedMessage));
    } else {
        context.out().flush();
        fwrite(signedMessage.constData(), 1, size_t(signedMessage.size()), stdout);
        fflush(stdout);
    }
    context.finish(ExitCode::Done);
}
} // namespace

QString DkimSignCommand::description() const
{
    return Tr::tr(
        "Sign a message (rsa-sha256 or ed25519-sha256) and print it with its DKIM-Signature.");
}

QList<QCommandLineOption> DkimSignCommand::options() const
{
    return {
        {KeyOption,
         Tr::tr("Private key file (PEM, or a base64 Ed25519 seed)."),
         QStringLiteral("PEM")},
        {SelectorOption,
         Tr::tr("Selector (s=); without --key, the workspace key of this selector."),
         QStringLiteral("S")},
        {DomainOption, Tr::tr("Signing domain (d=)."), QStringLiteral("D")},
        {CanonOption,
         Tr::tr("Header/body canonicalization (default relaxed/relaxed)."),
         QStringLiteral("H/B")},
    };
}

void DkimSignCommand::run(CliContext &context,
                          const QCommandLineParser &parser,
                          const QStringList &positional)
{
    if (positional.size() > 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("dkim sign: expected at most one FILE"));
        return;
    }
    const auto domain = Input::domain(parser.value(DomainOption), QStringLiteral("--domain"));
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    if (parser.isSet(KeyOption) == false && parser.isSet(SelectorOption) == false) {
        context.fail(ExitCode::BadUsage, Tr::tr("dkim sign: give --key PEM or --selector S"));
        return;
    }
    const auto selector = Input::selector(parser.value(SelectorOption), *domain);
    if (!selector) {
        context.failUsage(selector.error());
        return;
    }
    Dkim::SignOptions options;
    options.domain = *domain;
    options.selector = *selector;
    if (parser.isSet(CanonOption)) {
        const QStringList parts = parser.value(CanonOption).split(u'/');
        const auto header = Dkim::canonicalizationFromToken(parts.value(0).toLatin1());
        const auto body
            = Dkim::canonicalizationFromToken(parts.value(1, parts.value(0)).toLatin1());
        if (!header || !body || parts.size() > 2) {
            context.fail(
                ExitCode::BadUsage,
                Tr::tr("--canonicalization: expected simple or relaxed, e.g. relaxed/simple"));
            return;
        }
        options.headerCanonicalization = *header;
        options.bodyCanonicalization = *body;
    }
    const auto message = Input::file(positional.value(0), Dkim::MaxMessageSize);
    if (!message) {
        context.fail(ExitCode::BadUsage, describe(message.error()));
        return;
    }
    if (parser.isSet(KeyOption)) {
        const auto keyFile = Input::file(parser.value(KeyOption), Dkim::MaxMessageSize);
        const auto key = keyFile ? Dkim::PrivateKey::load(*keyFile)
                                 : Result<Dkim::PrivateKey>(keyFile.error());
        if (!key) {
            context.fail(ExitCode::BadUsage, describe(key.error()));
            return;
        }
        sign(context, *message, *key, options);
        return;
    }
    auto vault = context.session().keyVault();
    if (!vault) {
        context.fail(exitCodeFor(vault.error().code), describe(vault.error()));
        return;
    }
    const auto entry = (*vault)->key(options.domain, options.selector);
    if (!entry) { // NotFound: bad usage (2)
        context.fail(exitCodeFor(entry.error().code), describe(entry.error()));
        return;
    }
    onResult((*vault)->privateKey(entry->id),
             &context,
             [&context, message = *message, options](const Result<Dkim::PrivateKey> &key) {
                 if (!key) {
                     context.fail(exitCodeFor(key.error().code), describe(key.error()));
                     return;
                 }
                 sign(context, message, *key, options);
             });
}

} // namespace Sceau::Cli
