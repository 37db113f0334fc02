#include "app/cli/bimi/bimisvgcommand.h"

#include "app/cli/bimi/bimisvgoutput.h"
#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"

#include <QJsonObject>

namespace Sceau::Cli {

QString BimiSvgCommand::description() const
{
    return Tr::tr("Check a BIMI logo against SVG Tiny Portable/Secure, each finding with its "
                  "line.");
}

QList<QCommandLineOption> BimiSvgCommand::options() const
{
    return {};
}

void BimiSvgCommand::run(CliContext &context,
                         const QCommandLineParser &,
                         const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("bimi svg: expected one FILE"));
        return;
    }
    const auto svg = Input::file(positional.first(), Bimi::MaxSvgInput);
    if (!svg) {
        context.fail(svg.error());
        return;
    }
    const Bimi::SvgValidation validation = Bimi::validateSvgTinyPs(*svg);
    if (context.json()) {
        context.printJson({{QStringLiteral("file"), positional.first()},
                           {QStringLiteral("bytes"), svg->size()},
                           {QStringLiteral("valid"), validation.valid()},
                           {QStringLiteral("findings"), svgFindingsJson(validation)}});
    } else {
        context.out() << (validation.valid() ? Tr::tr("%1: valid SVG Tiny PS")
                                             : Tr::tr("%1: not valid SVG Tiny PS"))
                             .arg(positional.first())
                      << '\n';
        printSvgFindings(context.out(), validation);
    }
    context.finish(validation.valid() ? ExitCode::Done : ExitCode::CheckFailed);
}

} // namespace Sceau::Cli
