#pragma once

#include "model/core/result.h"
#include "model/dns/resolverfactory.h"
#include "model/transport/transportsettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Sceau {
namespace Cli {

// The options every command accepts (DESIGN.md §6): --nameserver, --zone-file, --offline,
// --timeout, --authoritative-port, --port-map, --ca, --trust-anchor, --json, --lang.
struct GlobalOptions
{
    Dns::ResolverSettings resolver;
    Transport::TransportSettings transport;
    bool json = false;
    QString language;

    static QList<QCommandLineOption> definitions();
    static Result<GlobalOptions> fromParser(const QCommandLineParser &parser);

    // The arguments left once global options and their values are taken out, so the command
    // words can be found wherever the global options stand. Also finds --lang early, before
    // any translated text is produced.
    static QStringList withoutGlobalOptions(const QStringList &arguments, QString *language);
};

} // namespace Cli
} // namespace Sceau
