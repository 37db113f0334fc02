#pragma once

#include "app/cli/clicommand.h"
#include "model/audit/auditreport.h"
#include "model/core/result.h"
#include "model/dns/resolverfactory.h"

namespace Sceau::Storage {
class Workspace;
} // namespace Sceau::Storage

namespace Sceau {
namespace Cli {

// check DOMAIN… [--selector S]… [--domains-file F] [--no-tls] [--save]: the posture audit of
// each domain, with the STARTTLS of every MX server unless --no-tls; --save keeps each report in
// the workspace's history.
class CheckCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("check")}; }
    QString synopsis() const override
    {
        return QStringLiteral("DOMAIN… [--selector S]… [--domains-file F] [--no-tls] [--save]");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context,
             const QCommandLineParser &parser,
             const QStringList &positional) override;

    // What one report adds to postureExitCode()'s two flags over all the domains checked.
    static void account(const Audit::AuditReport &report, bool *error, bool *incomplete);
    static void printText(QTextStream &out, const Audit::AuditReport &report);
    // "<domain> — score N/100, <state>", "(provisional)", or "domain not found" (no score).
    static QString overallLine(const Audit::AuditReport &report);
    static void printTransport(QTextStream &out, const Transport::DomainTransport &transport);
    // Saves each report in the workspace's history (Audit::saveCheck), checked at one time
    // through resolver: all of them in one transaction, or none.
    static Result<void> save(Storage::Workspace *workspace,
                             const QList<Audit::AuditReport> &reports,
                             const Dns::ResolverSettings &resolver);
};

} // namespace Cli
} // namespace Sceau
