#include "model/core/textfile.h"

#include "model/core/tr.h"

#include <QSaveFile>

namespace Sceau {

Result<void> writeTextFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 a file, %2 the system's reason
        return Error{ErrorCode::FileUnreadable,
                     Core::Tr::tr("could not write %1: %2").arg(path, file.errorString())};
    }
    return {};
}

} // namespace Sceau
