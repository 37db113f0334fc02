#include "app/cli/publish/publishoutput.h"

#include "app/cli/exitcode.h"
#include "app/cli/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sceau::Cli::PublishOutput {

namespace {
QString stateToken(Publish::ServerPropagation::State state)
{
    switch (state) {
    case Publish::ServerPropagation::State::Serving:
        return u"serving"_s;
    case Publish::ServerPropagation::State::Other:
        return u"other"_s;
    case Publish::ServerPropagation::State::CouldNotAsk:
        return u"could-not-ask"_s;
    }
    return {};
}

QString actionText(Publish::ChangeAction action)
{
    switch (action) {
    case Publish::ChangeAction::Add:
        //: a journal entry's action
        return Tr::tr("add");
    case Publish::ChangeAction::Replace:
        //: a journal entry's action
        return Tr::tr("replace");
    case Publish::ChangeAction::Remove:
        //: a journal entry's action
        return Tr::tr("delete");
    }
    return {};
}

QString outcomeText(const QString &outcome)
{
    if (outcome == u"done"_s)
        return Tr::tr("done");
    if (outcome == u"changed"_s)
        return Tr::tr("refused: the records changed");
    if (outcome == u"failed"_s)
        return Tr::tr("refused by the server");
    if (outcome == u"unreachable"_s)
        return Tr::tr("the server could not be reached");
    if (outcome == u"could-not-read"_s)
        return Tr::tr("the records could not be read");
    return Tr::tr("no answer recorded");
}

void printDiff(QTextStream &out, const QStringList &before, const QStringList &after)
{
    for (const QString &value : before) {
        if (!after.contains(value))
            out << "  - " << value << '\n';
    }
    for (const QString &value : after) {
        if (!before.contains(value))
            out << "  + " << value << '\n';
    }
}
} // namespace

int exitCode(Publish::PublishOutcome outcome)
{
    switch (outcome) {
    case Publish::PublishOutcome::Done:
        return ExitCode::Done;
    case Publish::PublishOutcome::Changed:
    case Publish::PublishOutcome::Failed:
        return ExitCode::CheckFailed;
    case Publish::PublishOutcome::Unreachable:
    case Publish::PublishOutcome::CouldNotRead:
        return ExitCode::CouldNotComplete;
    }
    return ExitCode::CouldNotComplete;
}

QJsonObject entryJson(const Publish::JournalEntry &entry)
{
    const Publish::Change &c = entry.change;
    return {
        {u"id"_s, entry.id},
        {u"time"_s, entry.time.toUTC().toString(Qt::ISODate)},
        {u"zone"_s, c.ref.zone},
        {u"name"_s, c.ref.owner},
        {u"type"_s, Dns::typeName(c.ref.type)},
        {u"action"_s, Publish::ChangeActions.token(c.action)},
        {u"credential"_s, c.credential},
        {u"backend"_s, entry.backend},
        {u"ttl"_s, qint64(c.ttl)},
        {u"before"_s, QJsonArray::fromStringList(entry.before)},
        {u"after"_s, QJsonArray::fromStringList(c.values)},
        {u"outcome"_s, entry.outcome},
        {u"detail"_s, entry.detail},
        {u"rollback_of"_s, c.rollbackOf ? QJsonValue(*c.rollbackOf) : QJsonValue()},
    };
}

QJsonObject appliedJson(const Publish::Applied &applied)
{
    QJsonObject json = entryJson(applied.entry);
    json.insert(u"code"_s, applied.result.code);
    return json;
}

QJsonObject propagationJson(const Publish::PropagationStatus &status)
{
    QJsonArray servers;
    for (const Publish::ServerPropagation &s : status.servers)
        servers << QJsonObject{
            {u"host"_s, s.host},
            {u"address"_s, s.address},
            {u"state"_s, stateToken(s.state)},
            {u"values"_s, QJsonArray::fromStringList(s.values)},
            {u"serial"_s, s.serial ? QJsonValue(qint64(*s.serial)) : QJsonValue()},
            {u"detail"_s, s.detail},
        };
    return {
        {u"name"_s, status.name},
        {u"type"_s, Dns::typeName(status.type)},
        {u"expected"_s, QJsonArray::fromStringList(status.expected)},
        {u"zone"_s, status.zone},
        {u"complete"_s, status.complete()},
        {u"rounds"_s, status.round},
        {u"failure"_s, status.failure ? QJsonValue(*status.failure) : QJsonValue()},
        {u"servers"_s, servers},
    };
}

void printEntry(QTextStream &out, const Publish::JournalEntry &entry)
{
    const Publish::Change &c = entry.change;
    //: %1 journal number, %2 time, %3 action (add, replace, delete), %4 type, %5 name,
    //: %6 credential, %7 outcome
    out << Tr::tr("#%1 %2 %3 %4 %5 with %6: %7")
               .arg(entry.id)
               .arg(entry.time.toUTC().toString(Qt::ISODate),
                    actionText(c.action),
                    Dns::typeName(c.ref.type),
                    c.ref.owner,
                    c.credential,
                    outcomeText(entry.outcome))
        << '\n';
    if (c.rollbackOf)
        out << "  " << Tr::tr("(rolls back #%1)").arg(*c.rollbackOf) << '\n';
    printDiff(out, entry.before, c.values);
}

void printApplied(QTextStream &out, const Publish::Applied &applied)
{
    printEntry(out, applied.entry);
    if (!applied.result.detail.isEmpty())
        out << applied.result.detail << '\n';
}

void printPropagation(QTextStream &out, const Publish::PropagationStatus &status)
{
    if (status.failure)
        //: %1 why
        out << Tr::tr("Could not find the authoritative servers: %1").arg(*status.failure) << '\n';
    for (const Publish::ServerPropagation &s : status.servers) {
        const QString serial = s.serial ? QString::number(*s.serial) : u"?"_s;
        switch (s.state) {
        case Publish::ServerPropagation::State::Serving:
            //: %1 host, %2 address, %3 SOA serial
            out << Tr::tr("%1 (%2): serves it, serial %3").arg(s.host, s.address, serial);
            break;
        case Publish::ServerPropagation::State::Other:
            out << Tr::tr("%1 (%2): not yet, serial %3").arg(s.host, s.address, serial);
            break;
        case Publish::ServerPropagation::State::CouldNotAsk:
            //: %1 host, %2 address, %3 why
            out << Tr::tr("%1 (%2): could not be asked: %3").arg(s.host, s.address, s.detail);
            break;
        }
        out << '\n';
    }
    //: %1 and %2 numbers of servers
    out << Tr::tr("%1 of %2 authoritative servers serve it.")
               .arg(status.serving())
               .arg(status.servers.size())
        << '\n';
}

} // namespace Sceau::Cli::PublishOutput
