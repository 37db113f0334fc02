#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// spf parse RECORD [--domain D]: syntax (RFC 7208 §12), terms and record-level findings.
class SpfParseCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("spf"), QStringLiteral("parse")}; }
    QString synopsis() const override { return QStringLiteral("RECORD [--domain D]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
