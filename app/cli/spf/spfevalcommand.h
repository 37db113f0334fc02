#pragma once

#include "app/cli/clicommand.h"
#include "model/spf/spfresult.h"

namespace Sceau {
namespace Cli {

// spf eval --ip IP --sender ADDR [--helo NAME] [--identity mailfrom|helo]: RFC 7208
// check_host() for one message, of its MAIL FROM or HELO identity.
class SpfEvalCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("spf"), QStringLiteral("eval")}; }
    QString synopsis() const override
    {
        return QStringLiteral("--ip IP --sender ADDR [--helo NAME] [--identity mailfrom|helo]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;

    // pass: 0; temperror: 3 (could not complete); every other result: 1.
    static int exitCodeFor(Spf::Verdict verdict);
};

} // namespace Cli
} // namespace Sceau
