#pragma once

#include "model/core/error.h"

#include <qt6keychain/keychain.h>

namespace Sceau {
namespace Secrets {

// The Error of a failed QtKeychain job: code KeychainLocked or KeychainUnavailable, detail a
// translated sentence for the job's QKeychain::Error (never QtKeychain's English text, which
// only tells a locked keychain from an absent one for OtherError). Never holds the secret.
// code: any failure (not NoError, not EntryNotFound, which callers treat as "no secret").
Error keychainError(QKeychain::Error code, const QString &libraryText);

} // namespace Secrets
} // namespace Sceau
