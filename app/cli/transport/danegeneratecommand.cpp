#include "app/cli/transport/danegeneratecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dns/resolver.h"
#include "model/session/session.h"
#include "model/transport/danejson.h"
#include "model/transport/smtptlsattempt.h"
#include "model/transport/tlsagenerator.h"
#include "model/transport/transportfindings.h"

#include <QHostAddress>

namespace Sceau::Cli {

namespace {
constexpr int MaxAddresses = 8;

void generate(CliContext &context, const Input::HostPort &target, QList<QHostAddress> addresses)
{
    const Transport::TransportSettings settings = context.session().transportSettings();
    QList<QFuture<Transport::SmtpTlsAttempt>> attempts;
    for (const QHostAddress &address : addresses.mid(0, MaxAddresses))
        attempts << Transport::attemptStartTls(
            {target.host, address, settings.ports.map(target.port)},
            Transport::TlsClientOptions{target.host},
            settings.heloName,
            settings.timeoutMs);
    onResult(
        allResults(attempts),
        &context,
        [&context, target](const QList<Transport::SmtpTlsAttempt> &done) {
            bool couldNotTest = done.isEmpty();
            QString why;
            for (const Transport::SmtpTlsAttempt &attempt : done) {
                if (attempt.outcome != Transport::SmtpTlsAttempt::Outcome::Encrypted) {
                    couldNotTest = couldNotTest || attempt.couldNotTest();
                    why = attempt.handshake.detail.isEmpty() ? attempt.detail
                                                             : attempt.handshake.detail;
                    continue;
                }
                // The first address (A before AAAA) that completed a handshake.
                const auto records = Transport::generateTlsa(
                    attempt.handshake.info.chain, target.host, target.port);
                if (!records) {
                    context.fail(records.error());
                    return;
                }
                if (context.json()) {
                    context.printJson(Transport::toJson(target.host, target.port, *records));
                } else {
                    for (const Transport::GeneratedTlsa &generated : *records)
                        context.out() << generated.zoneLine << '\n';
                }
                context.finish(ExitCode::Done);
                return;
            }
            //: %1 a host, %2 why (the server's or the TLS library's words)
            context.fail(
                couldNotTest ? ExitCode::CouldNotComplete : ExitCode::CheckFailed,
                Tr::tr("dane generate: no TLS certificate from %1 (%2)").arg(target.host, why));
        });
}
} // namespace

QString DaneGenerateCommand::synopsis() const
{
    return QStringLiteral("HOST[:PORT]");
}

QString DaneGenerateCommand::description() const
{
    return Tr::tr("Make the 3 1 1 and 2 1 1 TLSA records of the certificate a mail server "
                  "presents after STARTTLS, as zone lines.");
}

QList<QCommandLineOption> DaneGenerateCommand::options() const
{
    return {};
}

void DaneGenerateCommand::run(CliContext &context,
                              const QCommandLineParser &,
                              const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("dane generate: expected HOST[:PORT]"));
        return;
    }
    const auto target = Input::hostAndPort(positional.first(), 25);
    if (!target) {
        context.failUsage(target.error());
        return;
    }
    const QHostAddress literal(target->host);
    if (!literal.isNull()) {
        generate(context, *target, {literal});
        return;
    }
    const QList<QFuture<Dns::LookupResult>> lookups{
        context.resolver()->lookup(target->host, Dns::RrType::A),
        context.resolver()->lookup(target->host, Dns::RrType::AAAA)};
    onResult(allResults(lookups),
             &context,
             [&context, target = *target](const QList<Dns::LookupResult> &done) {
                 QList<QHostAddress> addresses;
                 for (const Dns::LookupResult &lookup : done) {
                     for (const Dns::ResourceRecord &record : lookup.records)
                         addresses << QHostAddress(record.rdata.value(0));
                 }
                 if (addresses.isEmpty()) {
                     const bool failed = done.value(0).failed() || done.value(1).failed();
                     //: %1 a host name
                     context.fail(
                         failed ? ExitCode::CouldNotComplete : ExitCode::BadUsage,
                         failed ? Tr::tr("dane generate: could not resolve %1").arg(target.host)
                                : Tr::tr("dane generate: %1 has no address").arg(target.host));
                     return;
                 }
                 generate(context, target, addresses);
             });
}

} // namespace Sceau::Cli
