#pragma once

#include "model/core/result.h"
#include "model/dkim/keyspec.h"
#include "model/dkim/privatekey.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Sceau {
namespace Dkim {

// A freshly generated key and the p= value to publish.
struct KeyPair
{
    KeySpec spec;
    PrivateKey privateKey;
    QByteArray publicKeyData; // decoded p= (RFC 6376 §3.6.1, RFC 8463 §4)
};

// Synchronous generation with OpenSSL 3 EVP (runs on a worker thread). RSA generation polls
// cancel from OpenSSL's progress callback and stops with ErrorCode::Canceled when it is set.
Result<KeyPair> generateKeyPair(KeySpec spec, std::shared_ptr<const std::atomic_bool> cancel = {});

// Generates keys off the calling thread (DESIGN.md §4). The future finishes with the key, or
// with an Error (Canceled after cancel()).
class KeyGenerator final : public QObject
{
    Q_OBJECT
public:
    explicit KeyGenerator(QObject *parent = nullptr);
    ~KeyGenerator() override;

    QFuture<Result<KeyPair>> generate(KeySpec spec);
    void cancel(); // stops the generation in progress (RSA ≥ 3072 bits react within milliseconds)

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Dkim
} // namespace Sceau
