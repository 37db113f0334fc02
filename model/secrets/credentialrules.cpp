#include "model/secrets/credentialrules.h"

#include "model/secrets/tr.h"
#include "model/secrets/wipe.h"

#include <QUrl>

namespace Sceau::Secrets {

namespace {
Error invalid(const QString &why)
{
    return Error{ErrorCode::InvalidInput, why};
}
} // namespace

Result<void> validateSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return invalid(Tr::tr("the secret is empty"));
    if (secret.size() > MaxSecretBytes)
        //: %1 a number of bytes
        return invalid(Tr::tr("the secret is longer than %1 bytes").arg(MaxSecretBytes));
    return {};
}

Result<QString> validateCredentialName(const QString &name)
{
    bool valid = !name.isEmpty() && name.size() <= 64;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'.' && c != u'_' && c != u'-')
            valid = false;
    }
    if (!valid)
        //: %1 what the user typed
        return invalid(
            Tr::tr("“%1” is not a name (1–64 letters, digits, '.', '_', '-')").arg(name));
    return name;
}

Result<void> validateTsigSecret(const QByteArray &secret)
{
    if (auto sized = validateSecret(secret); !sized)
        return sized;
    auto decoded = QByteArray::fromBase64Encoding(secret, QByteArray::AbortOnBase64DecodingErrors);
    const bool valid = decoded && !decoded.decoded.isEmpty();
    wipe(decoded.decoded);
    if (!valid)
        return invalid(Tr::tr("the TSIG secret is not base64 (as tsig-keygen prints it)"));
    return {};
}

Result<QString> validateApiUrl(const QString &url)
{
    const QUrl api(url, QUrl::StrictMode);
    if (!api.isValid() || api.scheme() != u"https" || api.host().isEmpty())
        return invalid(Tr::tr("the API's address must be an https:// URL"));
    return api.toString(QUrl::StripTrailingSlash);
}

Result<QByteArray> ovhSecret(QByteArray &applicationSecret, QByteArray &consumerKey)
{
    auto fail = [&](const Error &error) -> Result<QByteArray> {
        wipe(applicationSecret);
        wipe(consumerKey);
        return error;
    };
    for (const QByteArray *part : {&applicationSecret, &consumerKey}) {
        if (auto sized = validateSecret(*part); !sized)
            return fail(sized.error());
        if (part->contains('\n') || part->contains('\r'))
            return fail(invalid(Tr::tr("the secret holds a line end")));
    }
    QByteArray both;
    both.reserve(applicationSecret.size() + consumerKey.size() + 1);
    both.append(applicationSecret).append('\n').append(consumerKey);
    wipe(applicationSecret);
    wipe(consumerKey);
    return both;
}

} // namespace Sceau::Secrets
