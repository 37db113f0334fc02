#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>

namespace Sceau {

// Writes bytes to path as a whole (a temporary file renamed over path on success, QSaveFile),
// so a failed write leaves the previous file as it was. For exported public texts (a policy
// file, a zone line); never for secrets (see Dkim::exportPrivateKey). FileUnreadable, with the
// system's reason, when the file cannot be written.
Result<void> writeTextFile(const QString &path, const QByteArray &bytes);

} // namespace Sceau
