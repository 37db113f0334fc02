#include "app/cli/input.h"

#include "app/cli/tr.h"
#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"

#include <QFile>
#include <QHostAddress>

#include <cstdio>

namespace Sceau::Cli::Input {

namespace {
Error invalid(const QString &option, const QString &text, const QString &why)
{
    if (option.isEmpty())
        //: %1 the value the user gave, %2 why it is refused
        return Error{ErrorCode::InvalidInput, Tr::tr("“%1”: %2").arg(text, why)};
    //: %1 a command-line option such as --domain, %2 why its value is refused
    return Error{ErrorCode::InvalidInput, Tr::tr("%1: %2").arg(option, why)};
}
} // namespace

Result<QString> domain(const QString &text, const QString &option)
{
    auto name = DomainName::fromUserInput(text);
    if (!name)
        return invalid(option, text, name.error().detail);
    return name;
}

Result<QString> selector(const QString &text, const QString &domain, const QString &option)
{
    auto valid = Dkim::validateSelector(text, domain);
    if (!valid)
        return invalid(option, text, valid.error().detail);
    return valid;
}

Result<HostPort> hostAndPort(const QString &text, quint16 defaultPort)
{
    QString host = text;
    QString port;
    if (text.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = text.indexOf(u']');
        host = text.mid(1, close - 1);
        if (close < 0 || (close + 1 < text.size() && text.at(close + 1) != u':'))
            return invalid({}, text, Tr::tr("expected [ADDRESS]:PORT"));
        port = text.mid(close + 2);
    } else if (text.count(u':') == 1) {
        host = text.section(u':', 0, 0);
        port = text.section(u':', 1);
    }
    HostPort target{host, defaultPort};
    if (!port.isNull()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            //: %1 what the user gave as a port
            return invalid({}, text, Tr::tr("“%1” is not a port number (1–65535)").arg(port));
        target.port = quint16(number);
    }
    if (QHostAddress(host).isNull()) {
        auto name = domain(host);
        if (!name)
            return name.error();
        target.host = *name;
    }
    return target;
}

Result<QByteArray> file(const QString &path, qsizetype maxBytes)
{
    const bool standardInput = path.isEmpty() || path == u"-";
    const QString shown = standardInput ? QStringLiteral("-") : path;
    QFile file;
    const bool ok = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("cannot read %1: %2").arg(shown, file.errorString())};
    QByteArray data;
    for (QByteArray chunk = file.read(1 << 16); !chunk.isEmpty(); chunk = file.read(1 << 16)) {
        data += chunk;
        if (data.size() > maxBytes) // bounded before it is all in memory
            //: %1 a file name or "-" for standard input, %2 a size in MiB
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("%1 is larger than %2 MiB")
                             .arg(shown)
                             .arg(double(maxBytes) / (1024 * 1024), 0, 'g', 3)};
    }
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("cannot read %1: %2").arg(shown, file.errorString())};
    return data;
}

} // namespace Sceau::Cli::Input
