#include "app/cli/dkim/dkimkeyscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/domainname.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/keyvault.h"
#include "model/session/session.h"

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");
} // namespace

QString DkimKeysCommand::description() const
{
    return Tr::tr("List the DKIM keys of the workspace, their rotation state and what is due.");
}

QList<QCommandLineOption> DkimKeysCommand::options() const
{
    return {{DomainOption, Tr::tr("Only the keys of this domain."), QStringLiteral("D")}};
}

void DkimKeysCommand::run(CliContext &context,
                          const QCommandLineParser &parser,
                          const QStringList &positional)
{
    if (!positional.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("dkim keys: unexpected argument “%1”").arg(positional.first()));
        return;
    }
    QString domain;
    if (parser.isSet(DomainOption)) {
        const auto name = Input::domain(parser.value(DomainOption), QStringLiteral("--domain"));
        if (!name) {
            context.failUsage(name.error());
            return;
        }
        domain = *name;
    }
    const auto vault = context.session().keyVault();
    const auto keys
        = vault ? (*vault)->keys(domain) : Result<QList<Dkim::StoredKey>>(vault.error());
    if (!keys) {
        context.fail(exitCodeFor(keys.error().code), describe(keys.error()));
        return;
    }
    const QList<Dkim::DueAction> due = Dkim::dueActions(*keys, QDateTime::currentDateTimeUtc());
    if (context.json()) {
        context.printJson(Dkim::keysJson(*keys, due));
    } else {
        if (keys->isEmpty())
            context.out() << Tr::tr("The workspace has no DKIM key.") << '\n';
        for (const Dkim::StoredKey &k : *keys)
            //: %1 id, %2 selector, %3 domain, %4 key type, %5 state token
            context.out() << Tr::tr("#%1 %2._domainkey.%3 %4 %5")
                                 .arg(k.id)
                                 .arg(k.selector,
                                      k.domain,
                                      k.spec.token(),
                                      Dkim::KeyStates.token(k.state))
                          << '\n';
        for (const Dkim::DueAction &a : due)
            //: %1 action token (publish, activate, rotate, revoke, destroy), %2 selector, %3
            //: domain, %4 date
            context.out() << Tr::tr("due: %1 %2 of %3 by %4")
                                 .arg(a.action, a.selector, a.domain, a.due.toString(Qt::ISODate))
                          << '\n';
    }
    context.finish(ExitCode::Done);
}

} // namespace Sceau::Cli
