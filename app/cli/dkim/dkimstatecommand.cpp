#include "app/cli/dkim/dkimstatecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/dkim/dkimcli.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/storage/workspace.h"

#include <QJsonObject>

namespace Sceau::Cli {

namespace {
const QString DomainOption = QStringLiteral("domain");
const QString SelectorOption = QStringLiteral("selector");

struct Step
{
    QString word;
    Dkim::KeyState to;
};
const QList<Step> &steps()
{
    static const QList<Step> list = {{QStringLiteral("publish"), Dkim::KeyState::Published},
                                     {QStringLiteral("activate"), Dkim::KeyState::Active},
                                     {QStringLiteral("retire"), Dkim::KeyState::Retiring},
                                     {QStringLiteral("revoke"), Dkim::KeyState::Revoked},
                                     {QStringLiteral("destroy"), Dkim::KeyState::Destroyed}};
    return list;
}

void done(CliContext &context, const Result<Storage::DkimKeyEntry> &entry, bool dnsChecked)
{
    if (!entry) {
        // The step was allowed (checked first): InvalidInput from a DNS-checked step means the
        // record is not visible yet, so the check failed (1).
        const bool notYet = dnsChecked && entry.error().code == ErrorCode::InvalidInput;
        context.fail(notYet ? ExitCode::CheckFailed : exitCodeFor(entry.error().code),
                     describe(entry.error()));
        return;
    }
    if (context.json())
        context.printJson({{QStringLiteral("id"), entry->id},
                           {QStringLiteral("domain"), entry->domain},
                           {QStringLiteral("selector"), entry->selector},
                           {QStringLiteral("state"), entry->state}});
    else
        //: %1 selector, %2 domain, %3 state token (published, active…)
        context.out()
            << Tr::tr("Key %1 of %2 is now %3.").arg(entry->selector, entry->domain, entry->state)
            << '\n';
    context.finish(ExitCode::Done);
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
    const auto step = std::find_if(steps().cbegin(), steps().cend(), [&](const Step &s) {
        return positional.size() == 1 && s.word == positional.first();
    });
    if (step == steps().cend()) {
        context.fail(
            ExitCode::BadUsage,
            Tr::tr("dkim state: expected one of publish, activate, retire, revoke, destroy"));
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
    const auto vault = DkimCli::openVault(context);
    const auto entry = vault ? vault->workspace->dkimKey(*domain, *selector)
                             : Result<std::optional<Storage::DkimKeyEntry>>(vault.error());
    if (!entry) {
        context.fail(exitCodeFor(entry.error().code), describe(entry.error()));
        return;
    }
    if (!*entry) {
        context.fail(
            ExitCode::BadUsage,
            Tr::tr("the workspace has no key for selector %1 of %2").arg(*selector, *domain));
        return;
    }
    Storage::DkimKeyEntry probe = **entry; // a step the lifecycle does not allow is bad usage
    if (auto allowed = Dkim::transition(probe, step->to, QDateTime::currentDateTimeUtc());
        !allowed) {
        context.fail(ExitCode::BadUsage, describe(allowed.error()));
        return;
    }
    const qint64 id = (*entry)->id;
    Dkim::KeyVault *keys = vault->vault;
    switch (step->to) {
    case Dkim::KeyState::Published:
        onResult(keys->confirmPublished(context.resolver(), id),
                 &context,
                 [&context](const Result<Storage::DkimKeyEntry> &r) { done(context, r, true); });
        return;
    case Dkim::KeyState::Revoked:
        onResult(keys->confirmRevoked(context.resolver(), id),
                 &context,
                 [&context](const Result<Storage::DkimKeyEntry> &r) { done(context, r, true); });
        return;
    case Dkim::KeyState::Destroyed:
        onResult(keys->destroy(id), &context, [&context](const Result<Storage::DkimKeyEntry> &r) {
            done(context, r, false);
        });
        return;
    case Dkim::KeyState::Active:
        done(context, keys->activate(id), false);
        return;
    case Dkim::KeyState::Retiring:
    case Dkim::KeyState::Generated: // never allowed as a step (checked above)
        done(context, keys->retire(id), false);
        return;
    }
}

} // namespace Sceau::Cli
