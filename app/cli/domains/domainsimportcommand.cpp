#include "app/cli/domains/domainsimportcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/session/session.h"
#include "model/storage/domainlist.h"

#include <QJsonArray>

namespace Sceau::Cli {

namespace {
const QString ClientOption = QStringLiteral("client");
const QString TagOption = QStringLiteral("tag");
} // namespace

QString DomainsImportCommand::description() const
{
    return Tr::tr("Add the domains of a file, one per line (# starts a comment); each refused "
                  "line is reported and the others are added.");
}

QList<QCommandLineOption> DomainsImportCommand::options() const
{
    return {{ClientOption, Tr::tr("The client these domains are for."), QStringLiteral("C")},
            {TagOption, Tr::tr("A tag for these domains (repeatable)."), QStringLiteral("T")}};
}

void DomainsImportCommand::run(CliContext &context,
                               const QCommandLineParser &parser,
                               const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("domains import: give one file (- for standard input)"));
        return;
    }
    // One byte over the list's bound, so that DomainList says the list is too large.
    const auto text = Input::file(positional.first(), Storage::DomainList::MaxImportBytes + 1);
    if (!text) {
        context.failUsage(text.error());
        return;
    }
    const auto workspace = context.session().workspace();
    if (!workspace) {
        context.fail(workspace.error());
        return;
    }
    const auto result = Storage::DomainList(*workspace)
                            .import(*text, parser.value(ClientOption), parser.values(TagOption));
    if (!result) {
        context.fail(result.error());
        return;
    }
    if (context.json()) {
        QJsonArray errors;
        for (const Storage::ImportLineError &e : result->errors)
            errors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                      {QStringLiteral("text"), e.text},
                                      {QStringLiteral("error"), describe(e.error)}});
        context.printJson({{QStringLiteral("added"), QJsonArray::fromStringList(result->added)},
                           {QStringLiteral("errors"), errors}});
    } else {
        context.out() << Tr::tr("%n domain(s) listed", nullptr, int(result->added.size())) << '\n';
    }
    for (const Storage::ImportLineError &e : result->errors)
        //: %1 a line number, %2 why the line was refused
        context.err() << Tr::tr("line %1: %2").arg(e.line).arg(describe(e.error)) << '\n';
    // A refused line is bad input (exit 2), even though the valid lines were added.
    context.finish(result->errors.isEmpty() ? ExitCode::Done : ExitCode::BadUsage);
}

} // namespace Sceau::Cli
