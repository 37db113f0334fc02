#include "model/secrets/wipe.h"

#include <openssl/crypto.h>

namespace Sceau::Secrets {

void wipe(QByteArray &secret)
{
    // data_ptr().data() reaches the shared buffer without detaching (a detach would copy the
    // secret and wipe only the copy).
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        OPENSSL_cleanse(secret.data_ptr().data(), size_t(secret.size()));
    secret.clear();
}

} // namespace Sceau::Secrets
