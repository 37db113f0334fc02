#include "model/core/sqlerror.h"

#include "model/core/tr.h"

#include <QSqlError>

namespace Sceau {

Error sqlError(const QSqlError &error)
{
    using Core::Tr;
    const QString code = error.nativeErrorCode();
    // SQLite primary result codes (sqlite.org/rescode.html): the low byte of an extended code.
    switch (code.toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error{ErrorCode::Internal,
                     Tr::tr("the workspace is in use by another program (SQLite %1)").arg(code)};
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return Error{ErrorCode::Internal,
                     Tr::tr("the workspace cannot be written (SQLite %1)").arg(code)};
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
        return Error{ErrorCode::Internal,
                     Tr::tr("the disk could not store the workspace (SQLite %1)").arg(code)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error{ErrorCode::Internal,
                     Tr::tr("the workspace file is damaged (SQLite %1)").arg(code)};
    case 19: // SQLITE_CONSTRAINT
        return Error{
            ErrorCode::Internal,
            Tr::tr("the change conflicts with what the workspace holds (SQLite %1)").arg(code)};
    default:
        break;
    }
    //: %1 SQLite's result code (a number), or nothing when the driver gave none
    return Error{ErrorCode::Internal,
                 Tr::tr("the workspace database failed (SQLite %1)").arg(code)};
}

} // namespace Sceau
