#include "testsession.h"

#include "testenv.h"

namespace Sceau::Test {

Dns::ResolverSettings knotSettings()
{
    const Dns::ResolverConfig config = knotConfig();
    Dns::ResolverSettings settings;
    settings.servers = config.servers;
    settings.timeoutMs = config.timeoutMs;
    settings.authoritativePort = knotServer().port;
    return settings;
}

std::unique_ptr<Session> session(const Dns::ResolverSettings &settings,
                                 const QString &workspacePath)
{
    Session::Options options;
    options.resolver = settings;
    options.workspacePath = workspacePath;
    options.keychainService = QStringLiteral("sceau-test");
    auto created = Session::create(options);
    if (!created)
        qFatal("cannot build the test session: %s", qPrintable(describe(created.error())));
    return std::move(*created);
}

} // namespace Sceau::Test
