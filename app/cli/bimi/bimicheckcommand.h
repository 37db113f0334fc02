#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// bimi check DOMAIN [--selector S] [--org-domain D]: the BIMI record at <S>._bimi.DOMAIN (or
// at the organisational domain), the DMARC prerequisite, the l= logo (SVG Tiny PS) and the a=
// mark certificate fetched over HTTPS (port 443 through --port-map, trust from --ca).
class BimiCheckCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("bimi"), QStringLiteral("check")}; }
    QString synopsis() const override { return QStringLiteral("DOMAIN"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
