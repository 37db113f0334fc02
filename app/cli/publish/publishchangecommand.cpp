#include "app/cli/publish/publishchangecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/publish/publishinput.h"
#include "app/cli/publish/publishoutput.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/publish/publishservice.h"
#include "model/publish/ttladvice.h"
#include "model/session/session.h"

namespace Sceau::Cli {

using Publish::ChangeAction;

namespace {
void send(CliContext &context, Publish::PublishService *service, const Publish::Change &change)
{
    onResult(service->apply(change), &context, [&context](const Result<Publish::Applied> &applied) {
        if (!applied) {
            context.fail(applied.error());
            return;
        }
        if (context.json())
            context.printJson(PublishOutput::appliedJson(*applied));
        else
            PublishOutput::printApplied(context.out(), *applied);
        context.finish(PublishOutput::exitCode(applied->result.outcome));
    });
}
} // namespace

QStringList PublishChangeCommand::words() const
{
    return {QStringLiteral("publish"), Publish::ChangeActions.token(m_action)};
}

QString PublishChangeCommand::description() const
{
    switch (m_action) {
    case ChangeAction::Add:
        return Tr::tr("Publish an RRset where there is none.");
    case ChangeAction::Replace:
        return Tr::tr("Replace an RRset, only if it is still what you saw.");
    case ChangeAction::Remove:
        return Tr::tr("Delete an RRset, only if it is still what you saw.");
    }
    return {};
}

QList<QCommandLineOption> PublishChangeCommand::options() const
{
    return PublishInput::changeOptions();
}

void PublishChangeCommand::run(CliContext &context,
                               const QCommandLineParser &parser,
                               const QStringList &positional)
{
    const QString command = words().join(u' ');
    if (!positional.isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("%1: unexpected argument “%2”").arg(command, positional.first()));
        return;
    }
    auto usage = [&context, &command](const Error &error) {
        //: %1 the command, %2 why
        context.fail(ExitCode::BadUsage, Tr::tr("%1: %2").arg(command, error.detail));
    };
    const auto ref = PublishInput::rrset(parser);
    if (!ref)
        return usage(ref.error());
    const auto values = PublishInput::values(parser, QStringLiteral("value"), *ref);
    if (!values)
        return usage(values.error());
    const auto expected = PublishInput::values(parser, QStringLiteral("expect"), *ref);
    if (!expected)
        return usage(expected.error());
    const auto ttl = PublishInput::ttl(parser);
    if (!ttl)
        return usage(ttl.error());
    if ((m_action == ChangeAction::Remove) != values->isEmpty()) {
        context.fail(
            ExitCode::BadUsage,
            m_action == ChangeAction::Remove
                ? Tr::tr("%1: takes no --value (--expect names what is deleted)").arg(command)
                : Tr::tr("%1: --value is required").arg(command));
        return;
    }
    if (m_action == ChangeAction::Add && !expected->isEmpty()) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("%1: takes no --expect (the RRset must not exist)").arg(command));
        return;
    }
    const auto service = context.session().publishing();
    if (!service) {
        context.fail(service.error());
        return;
    }
    Publish::Change change;
    change.credential = parser.value(QStringLiteral("credential"));
    change.ref = *ref;
    change.action = m_action;
    change.expected = *expected;
    change.values = *values;
    change.ttl = *ttl;
    if (m_action == ChangeAction::Add || !expected->isEmpty())
        return send(context, *service, change);
    // Without --expect: what is there now is what is expected, and what the user sees.
    onResult(
        (*service)->read(change.credential, change.ref),
        &context,
        [&context, service = *service, change](const Result<Publish::CurrentRrset> &now) mutable {
            if (!now) {
                context.fail(now.error());
                return;
            }
            if (now->failed()) {
                context.fail(ExitCode::CouldNotComplete,
                             //: %1 a name, %2 why
                             Tr::tr("could not read %1: %2").arg(change.ref.owner, *now->failure));
                return;
            }
            if (now->values.isEmpty()) {
                context.fail(ExitCode::CheckFailed,
                             //: %1 a name
                             Tr::tr("%1 has no record of this type: nothing to change "
                                    "(use publish add)")
                                 .arg(change.ref.owner));
                return;
            }
            if (const auto advice = Publish::ttlAdvice(now->ttl); advice && !context.json())
                context.err() << advice->text() << '\n';
            change.expected = now->values;
            send(context, service, change);
        });
}

} // namespace Sceau::Cli
