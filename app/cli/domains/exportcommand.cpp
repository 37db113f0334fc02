#include "app/cli/domains/exportcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/export/exportformat.h"
#include "model/session/session.h"

#include <QJsonArray>

namespace Sceau::Cli {

namespace {
const QString OutOption = QStringLiteral("out");
const QString FormatOption = QStringLiteral("format");
} // namespace

QString ExportCommand::description() const
{
    return Tr::tr("The latest saved check of domains as an HTML or PDF report, JSON or CSV.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        {OutOption, Tr::tr("The file to write (replaced as a whole)."), QStringLiteral("FILE")},
        {FormatOption,
         Tr::tr("html, pdf, json or csv (default: from the file's suffix)."),
         QStringLiteral("FORMAT")},
    };
}

void ExportCommand::run(CliContext &context,
                        const QCommandLineParser &parser,
                        const QStringList &positional)
{
    const QString path = parser.value(OutOption);
    if (path.isEmpty()) {
        context.fail(ExitCode::BadUsage, Tr::tr("export: give the file to write with --out"));
        return;
    }
    std::optional<Export::Format> format = parser.isSet(FormatOption)
                                               ? Export::Formats.value(parser.value(FormatOption))
                                               : Export::formatOfPath(path);
    if (!format) {
        context.fail(ExitCode::BadUsage,
                     parser.isSet(FormatOption)
                         ? Tr::tr("export: unknown format “%1” (html, pdf, json or csv)")
                               .arg(parser.value(FormatOption))
                         : Tr::tr("export: say the format with --format, or end the file name "
                                  "with .html, .pdf, .json or .csv"));
        return;
    }
    const auto workspace = context.session().workspace();
    if (!workspace) {
        context.fail(workspace.error());
        return;
    }
    const auto selection = Export::latestChecks(*workspace, positional);
    if (!selection) {
        context.fail(selection.error());
        return;
    }
    for (const QString &domain : selection->unchecked)
        //: %1 a domain of the list
        context.err()
            << Tr::tr("export: %1 has no saved check (check --save); left out").arg(domain) << '\n';
    if (selection->checks.isEmpty()) {
        context.fail(ExitCode::BadUsage, Tr::tr("export: no saved check to export"));
        return;
    }
    const QList<Export::ExportedCheck> checks = selection->checks;
    const QStringList unchecked = selection->unchecked;
    const Export::Format chosen = *format;
    onResult(Export::writeExport(checks, chosen, path, QDateTime::currentDateTimeUtc()),
             &context,
             [&context, checks, unchecked, chosen, path](const Result<void> &written) {
                 if (!written) {
                     context.fail(written.error());
                     return;
                 }
                 if (context.json()) {
                     QJsonArray domains;
                     for (const Export::ExportedCheck &check : checks)
                         domains.append(check.domain.name);
                     context.printJson(
                         {{QStringLiteral("out"), path},
                          {QStringLiteral("format"), Export::Formats.token(chosen)},
                          {QStringLiteral("domains"), domains},
                          {QStringLiteral("unchecked"), QJsonArray::fromStringList(unchecked)}});
                 } else {
                     //: %n domains exported, %1 the file written
                     context.out()
                         << Tr::tr("%n domain(s) written to %1.", nullptr, int(checks.size()))
                                .arg(path)
                         << '\n';
                 }
                 context.finish(ExitCode::Done);
             });
}

} // namespace Sceau::Cli
