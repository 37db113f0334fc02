#pragma once

#include "model/core/tokentable.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dkim {

// Key types DKIM knows: "rsa" (RFC 6376 §3.3.1) and "ed25519" (RFC 8463 §3).
enum class KeyAlgorithm { Rsa, Ed25519 };

// The k= tag's tokens (never translated; read ignoring case, RFC 6376 §3.6.1).
inline constexpr TokenTable<KeyAlgorithm, 2> KeyAlgorithms{{{
    {KeyAlgorithm::Rsa, "rsa"},
    {KeyAlgorithm::Ed25519, "ed25519"},
}}};

QString keyTypeToken(KeyAlgorithm algorithm); // "rsa", "ed25519"
std::optional<KeyAlgorithm> keyAlgorithmFromToken(QStringView token);

// What to generate: an algorithm and, for RSA, a modulus size.
struct KeySpec
{
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa;
    int bits = 2048; // RSA modulus size; 256 for Ed25519

    static KeySpec defaultSpec() { return {}; }                 // RSA 2048
    static QList<KeySpec> supported();                          // rsa-1024 … rsa-4096, ed25519
    static std::optional<KeySpec> fromToken(QStringView token); // "rsa-2048", "ed25519"
    QString token() const;       // "rsa-2048", "ed25519" (CLI, JSON, workspace)
    QString displayName() const; // translated, e.g. "RSA, 2048 bits"

    // RFC 8301 §3.2: 1024 bits is the minimum; below 2048 is allowed but flagged weak.
    bool isWeak() const { return algorithm == KeyAlgorithm::Rsa && bits < 2048; }
    // Large RSA keys take seconds: their generation can be canceled.
    bool isCancelable() const { return algorithm == KeyAlgorithm::Rsa && bits >= 3072; }

    friend bool operator==(const KeySpec &, const KeySpec &) = default;
};

} // namespace Dkim
} // namespace Sceau
