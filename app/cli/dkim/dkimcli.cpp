#include "app/cli/dkim/dkimcli.h"

#include "app/cli/tr.h"
#include "model/audit/auditreportjson.h"
#include "model/audit/findingcatalogue.h"
#include "model/dkim/message.h"

#include <QFile>

#include <cstdio>

namespace Sceau::Cli::DkimCli {

Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    const bool ok = path.isEmpty() || path == u"-"
                        ? file.open(stdin, QIODevice::ReadOnly)
                        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("cannot read %1: %2").arg(path, file.errorString())};
    QByteArray data;
    for (QByteArray chunk = file.read(1 << 16); !chunk.isEmpty(); chunk = file.read(1 << 16)) {
        data += chunk;
        if (data.size() > Dkim::MaxMessageSize) // bounded before it is all in memory
            //: %1 a file name or "-" for standard input, %2 a size in MiB
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("%1 is larger than %2 MiB")
                             .arg(path.isEmpty() ? QStringLiteral("-") : path)
                             .arg(Dkim::MaxMessageSize / (1024 * 1024))};
    }
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("cannot read %1: %2").arg(path, file.errorString())};
    return data;
}

} // namespace Sceau::Cli::DkimCli
