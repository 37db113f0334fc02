#include "app/cli/dns/dnsquerycommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/dns/resolver.h"
#include "model/dns/textescape.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sceau::Cli {

namespace {
QJsonObject toJson(const Dns::ResourceRecord &record)
{
    QJsonObject object{{QStringLiteral("owner"), record.owner},
                       {QStringLiteral("type"), Dns::typeName(record.type)},
                       {QStringLiteral("ttl"), qint64(record.ttl)},
                       {QStringLiteral("rdata"), QJsonArray::fromStringList(record.rdata)}};
    if (record.type == Dns::RrType::TXT || record.type == Dns::RrType::SPF) {
        QJsonArray strings;
        for (const QByteArray &string : record.txtStrings)
            strings.append(Dns::escapeText(string));
        object.insert(QStringLiteral("strings"), strings);
        object.insert(QStringLiteral("text"), Dns::escapeText(record.txtJoined()));
    }
    return object;
}

QJsonObject toJson(const Dns::LookupResult &result)
{
    QJsonArray answer;
    for (const Dns::ResourceRecord &record : result.answerSection)
        answer.append(toJson(record));
    return {{QStringLiteral("name"), result.name},
            {QStringLiteral("type"), Dns::typeName(result.type)},
            {QStringLiteral("status"), Dns::statusToken(result.status)},
            {QStringLiteral("rcode"), result.rcode},
            {QStringLiteral("tcp"), result.viaTcp},
            {QStringLiteral("authoritative"), result.authoritative},
            {QStringLiteral("authenticated"), result.authenticated},
            {QStringLiteral("server"), result.server},
            {QStringLiteral("time_ms"), result.elapsedMs},
            {QStringLiteral("detail"), result.detail},
            {QStringLiteral("answer"), answer}};
}
} // namespace

QString DnsQueryCommand::description() const
{
    return Tr::tr(
        "Ask one DNS question and show the answer, the status, UDP or TCP, and the time taken.");
}

void DnsQueryCommand::run(CliContext &context,
                          const QCommandLineParser &,
                          const QStringList &positional)
{
    if (positional.size() != 2) {
        context.fail(ExitCode::BadUsage, Tr::tr("dns query: expected NAME TYPE"));
        return;
    }
    const auto name = Input::domain(positional.at(0));
    if (!name) {
        context.failUsage(name.error());
        return;
    }
    const auto type = Dns::typeFromName(positional.at(1));
    if (!type) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("“%1” is not a DNS record type").arg(positional.at(1)));
        return;
    }
    onResult(context.resolver()->lookup(*name, *type),
             &context,
             [&context](const Dns::LookupResult &result) {
                 if (context.json()) {
                     context.printJson(toJson(result));
                 } else {
                     QTextStream &out = context.out();
                     //: drill-like header: %1 status token, %2 rcode number, %3 UDP or TCP, %4
                     //: server, %5 milliseconds
                     out << Tr::tr(";; status: %1, rcode: %2, over %3 from %4 in %5 ms")
                                .arg(Dns::statusToken(result.status))
                                .arg(result.rcode)
                                .arg(result.viaTcp ? QStringLiteral("TCP") : QStringLiteral("UDP"),
                                     result.server)
                                .arg(result.elapsedMs)
                         << '\n';
                     if (result.failed())
                         out << ";; " << describe(result.error()) << '\n';
                     out << ";; " << Tr::tr("ANSWER SECTION:") << '\n';
                     for (const Dns::ResourceRecord &record : result.answerSection)
                         out << record.toText() << '\n';
                 }
                 context.finish(result.failed() ? ExitCode::CouldNotComplete : ExitCode::Done);
             });
}

} // namespace Sceau::Cli
