#include "model/dkim/keyspec.h"

#include "model/dkim/tr.h"

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

QString keyTypeToken(KeyAlgorithm algorithm)
{
    return KeyAlgorithms.token(algorithm);
}

std::optional<KeyAlgorithm> keyAlgorithmFromToken(QStringView token)
{
    return KeyAlgorithms.valueIgnoringCase(token);
}

QList<KeySpec> KeySpec::supported()
{
    return {{KeyAlgorithm::Rsa, 1024},
            {KeyAlgorithm::Rsa, 2048},
            {KeyAlgorithm::Rsa, 3072},
            {KeyAlgorithm::Rsa, 4096},
            {KeyAlgorithm::Ed25519, 256}};
}

std::optional<KeySpec> KeySpec::fromToken(QStringView token)
{
    for (const KeySpec &spec : supported()) {
        if (token.compare(spec.token(), Qt::CaseInsensitive) == 0)
            return spec;
    }
    return std::nullopt;
}

QString KeySpec::token() const
{
    if (algorithm == KeyAlgorithm::Ed25519)
        return KeyAlgorithms.token(algorithm);
    return u"%1-%2"_s.arg(KeyAlgorithms.token(algorithm)).arg(bits);
}

QString KeySpec::displayName() const
{
    if (algorithm == KeyAlgorithm::Ed25519)
        return Tr::tr("Ed25519");
    //: %1 is a key size in bits
    return Tr::tr("RSA, %1 bits").arg(bits);
}

} // namespace Sceau::Dkim
