#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Cli {

// What commands read from their command line, checked by the model's own rules so every
// command accepts and refuses the same things. Each failure is InvalidInput whose detail is the
// whole message for the user, naming where the value came from (an option such as "--domain",
// or the value itself in quotes for a positional argument); CliContext::fail(error) prints it
// and exits 2.
namespace Input {

// A domain name (DomainName::fromUserInput: IDNA to A-labels, lower case, no trailing dot),
// from option (e.g. "--domain") or, when option is empty, a positional argument.
Result<QString> domain(const QString &text, const QString &option = {});

// A DKIM selector (Dkim::validateSelector, RFC 6376 §3.1), and when domain is given, one whose
// record name <selector>._domainkey.<domain> fits in a DNS name.
Result<QString> selector(const QString &text,
                         const QString &domain = {},
                         const QString &option = QStringLiteral("--selector"));

// HOST[:PORT]: a domain name or an IP literal ("[2001:db8::1]:2525" with a port), and the
// port, defaultPort when none is given.
struct HostPort
{
    QString host;
    quint16 port = 0;
};
Result<HostPort> hostAndPort(const QString &text, quint16 defaultPort);

// FILE, or standard input when path is empty or "-", read in chunks and refused as soon as it
// grows past maxBytes (InvalidInput, nothing more read); FileUnreadable when it cannot be read.
Result<QByteArray> file(const QString &path, qsizetype maxBytes);

} // namespace Input
} // namespace Cli
} // namespace Sceau
