#include "app/cli/secrets/publishingcredential.h"

#include "app/cli/input.h"
#include "app/cli/secrets/secretinput.h"
#include "app/cli/tr.h"
#include "model/secrets/credentialrules.h"
#include "model/secrets/wipe.h"

using namespace Qt::StringLiterals;

namespace Sceau::Cli {

namespace {
const QString ZoneOption = u"zone"_s;
const QString KeyNameOption = u"key-name"_s;
const QString AlgorithmOption = u"algorithm"_s;
const QString ServerOption = u"server"_s;
const QString ApiOption = u"api"_s;
const QString ApplicationKeyOption = u"application-key"_s;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}
} // namespace

QList<QCommandLineOption> publishingCredentialOptions()
{
    return {
        {ZoneOption, Tr::tr("tsig, cloudflare, ovh: the zone it may change."), u"zone"_s},
        {KeyNameOption, Tr::tr("tsig: the key's name, as the server knows it."), u"name"_s},
        {AlgorithmOption, Tr::tr("tsig: hmac-sha256 (default) or hmac-sha512."), u"algorithm"_s},
        {ServerOption,
         Tr::tr("tsig: the zone's primary server (default: the SOA's primary name)."),
         u"host[:port]"_s},
        {ApiOption,
         Tr::tr("cloudflare, ovh: the API's base URL (default: the provider's)."),
         u"url"_s},
        {ApplicationKeyOption, Tr::tr("ovh: the application key."), u"key"_s},
    };
}

Result<Secrets::Credential> publishingCredential(Secrets::CredentialKind kind,
                                                 const QString &name,
                                                 const QCommandLineParser &parser)
{
    Secrets::Credential c;
    c.kind = kind;
    c.name = name;
    if (!parser.isSet(ZoneOption))
        return invalid(Tr::tr("credentials add: --zone is required"));
    const auto zone = Input::domain(parser.value(ZoneOption), u"--zone"_s);
    if (!zone)
        return zone.error();
    c.zone = *zone;
    switch (kind) {
    case Secrets::CredentialKind::Tsig: {
        const auto keyName = Input::domain(parser.value(KeyNameOption), u"--key-name"_s);
        if (!parser.isSet(KeyNameOption) || !keyName)
            return invalid(Tr::tr("credentials add tsig: --key-name must name the key"));
        c.username = *keyName;
        if (parser.isSet(AlgorithmOption)) {
            const auto algorithm = Dns::TsigAlgorithms.value(parser.value(AlgorithmOption));
            if (!algorithm)
                return invalid(Tr::tr("credentials add tsig: --algorithm is hmac-sha256 or "
                                      "hmac-sha512"));
            c.tsigAlgorithm = *algorithm;
        }
        if (parser.isSet(ServerOption)) {
            const auto server = Input::hostAndPort(parser.value(ServerOption), 53);
            if (!server)
                return server.error();
            c.host = server->host;
            c.port = server->port;
        }
        break;
    }
    case Secrets::CredentialKind::Ovh:
        if (parser.value(ApplicationKeyOption).isEmpty())
            return invalid(Tr::tr("credentials add ovh: --application-key is required"));
        c.username = parser.value(ApplicationKeyOption);
        [[fallthrough]];
    case Secrets::CredentialKind::Cloudflare:
        if (parser.isSet(ApiOption)) {
            const auto api = Secrets::validateApiUrl(parser.value(ApiOption));
            if (!api)
                //: %1 why the URL is refused
                return invalid(Tr::tr("credentials add: --api: %1").arg(api.error().detail));
            c.host = *api;
        }
        break;
    case Secrets::CredentialKind::Smtp:
        break;
    }
    return c;
}

Result<QByteArray> readCredentialSecret(Secrets::CredentialKind kind, const QString &name)
{
    switch (kind) {
    case Secrets::CredentialKind::Tsig: {
        auto secret = readSecret(Tr::tr("TSIG secret (base64) for %1: ").arg(name));
        if (!secret)
            return secret;
        if (const auto valid = Secrets::validateTsigSecret(*secret); !valid) {
            Secrets::wipe(*secret);
            return valid.error();
        }
        return secret;
    }
    case Secrets::CredentialKind::Cloudflare:
        return readSecret(Tr::tr("API token for %1: ").arg(name));
    case Secrets::CredentialKind::Ovh: {
        auto secret = readSecret(Tr::tr("Application secret for %1: ").arg(name));
        if (!secret)
            return secret;
        auto consumer = readSecret(Tr::tr("Consumer key for %1: ").arg(name));
        if (!consumer) {
            Secrets::wipe(*secret);
            return consumer;
        }
        return Secrets::ovhSecret(*secret, *consumer); // wipes both
    }
    case Secrets::CredentialKind::Smtp:
        return readSecret(Tr::tr("Password for %1: ").arg(name));
    }
    return invalid({});
}

} // namespace Sceau::Cli
