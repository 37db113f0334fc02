#pragma once

#include "app/cli/clicommand.h"

namespace Sceau {
namespace Cli {

// spf tree DOMAIN: the include tree with lookups per branch, authorised ranges and findings.
class SpfTreeCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("spf"), QStringLiteral("tree")}; }
    QString synopsis() const override { return QStringLiteral("DOMAIN"); }
    QString description() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;
};

} // namespace Cli
} // namespace Sceau
