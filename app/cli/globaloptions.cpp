#include "app/cli/globaloptions.h"

#include "app/cli/tr.h"
#include "model/dns/trustanchors.h"

#include <QFileInfo>

namespace Sceau::Cli {

namespace {
const QString NameServerOption = QStringLiteral("nameserver");
const QString ZoneFileOption = QStringLiteral("zone-file");
const QString OfflineOption = QStringLiteral("offline");
const QString TimeoutOption = QStringLiteral("timeout");
const QString AuthoritativePortOption = QStringLiteral("authoritative-port");
const QString PortMapOption = QStringLiteral("port-map");
const QString CaOption = QStringLiteral("ca");
const QString TrustAnchorOption = QStringLiteral("trust-anchor");
const QString JsonOption = QStringLiteral("json");
const QString LangOption = QStringLiteral("lang");
} // namespace

QList<QCommandLineOption> GlobalOptions::definitions()
{
    return {
        {NameServerOption,
         Tr::tr("Query this nameserver (repeatable); default: the system resolver."),
         QStringLiteral("host[:port]")},
        {ZoneFileOption,
         Tr::tr("Answer names inside this zone file from it (repeatable)."),
         QStringLiteral("file")},
        {OfflineOption,
         Tr::tr("Answer only from the zone files; every other name does not exist.")},
        {TimeoutOption,
         Tr::tr("Time to wait for each DNS answer, in milliseconds (default 2000)."),
         QStringLiteral("ms"),
         QStringLiteral("2000")},
        {AuthoritativePortOption,
         Tr::tr("Ask the zone's own nameservers on this port when checking publication on every "
                "authoritative server (default 53; for a lab)."),
         QStringLiteral("port"),
         QStringLiteral("53")},
        {PortMapOption,
         Tr::tr("Connect to other local ports instead of the standard ones, e.g. "
                "25=2525,443=8443 (SMTP probes, MTA-STS policy fetches; for a lab)."),
         QStringLiteral("from=to,…")},
        {CaOption,
         Tr::tr("Also trust the certificate authorities in this PEM file (repeatable)."),
         QStringLiteral("file")},
        {TrustAnchorOption,
         Tr::tr("Validate DNSSEC from the DS or DNSKEY records in this file (zone-file syntax) "
                "instead of trusting the resolver's AD bit."),
         QStringLiteral("file")},
        {JsonOption, Tr::tr("Write JSON on standard output (one object per line).")},
        {LangOption,
         Tr::tr("Language of messages: en or fr (default: the system's)."),
         QStringLiteral("lang")},
    };
}

Result<GlobalOptions> GlobalOptions::fromParser(const QCommandLineParser &parser)
{
    GlobalOptions options;
    for (const QString &text : parser.values(NameServerOption)) {
        const auto server = Dns::NameServer::parse(text);
        if (!server)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("--nameserver: %1").arg(server.error().detail)};
        options.resolver.servers << *server;
    }
    options.resolver.zoneFiles = parser.values(ZoneFileOption);
    options.resolver.offline = parser.isSet(OfflineOption);
    bool ok = false;
    options.resolver.timeoutMs = parser.value(TimeoutOption).toInt(&ok);
    if (!ok || options.resolver.timeoutMs <= 0)
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("--timeout: “%1” is not a positive number of milliseconds")
                         .arg(parser.value(TimeoutOption))};
    const uint port = parser.value(AuthoritativePortOption).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("--authoritative-port: “%1” is not a port number (1–65535)")
                         .arg(parser.value(AuthoritativePortOption))};
    options.resolver.authoritativePort = quint16(port);
    const auto ports = Transport::PortMap::parse(parser.value(PortMapOption));
    if (!ports)
        return Error{ErrorCode::InvalidInput, Tr::tr("--port-map: %1").arg(ports.error().detail)};
    options.transport.ports = *ports;
    for (const QString &file : parser.values(CaOption)) {
        if (!QFileInfo(file).isReadable())
            //: %1 a file name
            return Error{ErrorCode::InvalidInput, Tr::tr("--ca: cannot read %1").arg(file)};
        options.transport.anchors.caFiles << file;
    }
    if (parser.isSet(TrustAnchorOption)) {
        // read now, so a bad file stops the command before any lookup
        const QString file = parser.value(TrustAnchorOption);
        if (const auto anchors = Dns::loadTrustAnchors(file); !anchors)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("--trust-anchor: %1").arg(anchors.error().detail)};
        options.resolver.trustAnchorFile = file;
    }
    options.json = parser.isSet(JsonOption);
    options.language = parser.value(LangOption);
    if (!options.language.isEmpty() && options.language != u"en" && options.language != u"fr")
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("--lang: “%1” is not one of en, fr").arg(options.language)};
    return options;
}

QStringList GlobalOptions::withoutGlobalOptions(const QStringList &arguments, QString *language)
{
    const QStringList withValue{NameServerOption,
                                ZoneFileOption,
                                TimeoutOption,
                                AuthoritativePortOption,
                                PortMapOption,
                                CaOption,
                                TrustAnchorOption,
                                LangOption};
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u"--")) {
            rest << argument;
            continue;
        }
        const QString name = argument.mid(2).section(u'=', 0, 0);
        const bool inlineValue = argument.contains(u'=');
        if (withValue.contains(name)) {
            const QString value = inlineValue ? argument.section(u'=', 1) : arguments.value(i + 1);
            if (name == LangOption)
                *language = value;
            if (!inlineValue)
                ++i;
        } else if (name != OfflineOption && name != JsonOption) {
            rest << argument;
        }
    }
    return rest;
}

} // namespace Sceau::Cli
