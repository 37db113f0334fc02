#pragma once

#include "model/core/error.h"

class QSqlError;

namespace Sceau {

// The Error (Internal) of a failed SQLite statement of the workspace: a translated sentence for
// the kind of failure and SQLite's result code, never the driver's English text.
Error sqlError(const QSqlError &error);

} // namespace Sceau
