#include "app/cli/dkim/dkimkeyscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/dkim/dkimcli.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/domainname.h"
#include "model/dkim/rotation.h"
#include "model/storage/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");

QJsonValue date(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
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
    const auto vault = DkimCli::openVault(context);
    const auto keys = vault ? vault->workspace->dkimKeys(domain)
                            : Result<QList<Storage::DkimKeyEntry>>(vault.error());
    if (!keys) {
        context.fail(exitCodeFor(keys.error().code), describe(keys.error()));
        return;
    }
    const QList<Dkim::DueAction> due = Dkim::dueActions(*keys, QDateTime::currentDateTimeUtc());
    if (context.json()) {
        QJsonArray keyArray;
        for (const Storage::DkimKeyEntry &k : *keys)
            keyArray.append(QJsonObject{{QStringLiteral("id"), k.id},
                                        {QStringLiteral("domain"), k.domain},
                                        {QStringLiteral("selector"), k.selector},
                                        {QStringLiteral("algorithm"), k.algorithm},
                                        {QStringLiteral("bits"), k.bits},
                                        {QStringLiteral("state"), k.state},
                                        {QStringLiteral("created"), date(k.created)},
                                        {QStringLiteral("published"), date(k.published)},
                                        {QStringLiteral("activated"), date(k.activated)},
                                        {QStringLiteral("retiring"), date(k.retiring)},
                                        {QStringLiteral("revoked"), date(k.revoked)},
                                        {QStringLiteral("destroyed"), date(k.destroyed)},
                                        {QStringLiteral("rotation_due"), date(k.rotationDue)}});
        QJsonArray dueArray;
        for (const Dkim::DueAction &a : due)
            dueArray.append(QJsonObject{{QStringLiteral("id"), a.keyId},
                                        {QStringLiteral("domain"), a.domain},
                                        {QStringLiteral("selector"), a.selector},
                                        {QStringLiteral("action"), a.action},
                                        {QStringLiteral("due"), date(a.due)},
                                        {QStringLiteral("overdue"), a.overdue}});
        context.printJson({{QStringLiteral("keys"), keyArray}, {QStringLiteral("due"), dueArray}});
    } else {
        if (keys->isEmpty())
            context.out() << Tr::tr("The workspace has no DKIM key.") << '\n';
        for (const Storage::DkimKeyEntry &k : *keys)
            //: %1 id, %2 selector, %3 domain, %4 key type, %5 state token
            context.out() << Tr::tr("#%1 %2._domainkey.%3 %4 %5")
                                 .arg(k.id)
                                 .arg(k.selector, k.domain, k.algorithm, k.state)
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
