#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// export [DOMAIN…] --out FILE [--format html|pdf|json|csv]: the latest saved check of each
// domain (all listed domains when none is given) as a report to hand to a client (HTML, PDF)
// or a table (JSON, CSV), in the language of --lang (issue 12 §4).
class ExportCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("export")}; }
    QString synopsis() const override
    {
        return QStringLiteral("[DOMAIN…] --out FILE [--format html|pdf|json|csv]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    // The PDF is laid out with fonts: main() makes an offscreen QGuiApplication for it.
    bool needsFonts() const override { return true; }
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
