#include "model/session/session.h"

#include "model/audit/auditor.h"
#include "model/dkim/keyvault.h"
#include "model/dmarc/reportstore.h"
#include "model/dns/authoritativecheck.h"
#include "model/dns/cachingresolver.h"
#include "model/publish/publishservice.h"
#include "model/secrets/credentialvault.h"
#include "model/secrets/secretstore.h"
#include "model/storage/workspace.h"

namespace Sceau {

Session::Session(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_auditor(new Audit::Auditor(nullptr, this))
{
}

Session::~Session()
{
    // The vaults refer to the workspace: they go first.
    delete m_vault;
    m_vault = nullptr;
    delete m_credentials;
    m_credentials = nullptr;
    m_reports.reset();
}

Result<std::unique_ptr<Session>> Session::create(const Options &options, QObject *parent)
{
    std::unique_ptr<Session> session(new Session(options, parent));
    if (auto built = session->setResolverSettings(options.resolver); !built)
        return built.error();
    return session;
}

Result<void> Session::setResolverSettings(const Dns::ResolverSettings &settings)
{
    auto resolver = Dns::createResolver(settings, this);
    if (!resolver)
        return resolver.error();
    Dns::Resolver *oldResolver = m_resolver;
    Dns::AuthoritativeCheck *oldCheck = m_check;
    m_options.resolver = settings;
    m_resolver = *resolver;
    Dns::ResolverConfig direct;
    direct.timeoutMs = settings.timeoutMs;
    m_check = new Dns::AuthoritativeCheck(m_resolver, settings.authoritativePort, direct, this);
    m_auditor->setResolver(m_resolver, settings);
    emit resolverChanged();
    // A run still holding the old ones finishes or fails on its own; they go once it is back
    // to the event loop (never under a caller's feet).
    if (oldCheck)
        oldCheck->deleteLater();
    if (oldResolver)
        oldResolver->deleteLater();
    return {};
}

Dns::Resolver *Session::runResolver(QObject *owner) const
{
    return new Dns::CachingResolver(m_resolver, owner);
}

Result<Storage::Workspace *> Session::workspace()
{
    if (!m_workspace) {
        auto opened = Storage::Workspace::open(m_options.workspacePath.isEmpty()
                                                   ? Storage::Workspace::defaultPath()
                                                   : m_options.workspacePath);
        if (!opened)
            return opened.error();
        m_workspace = std::move(*opened);
    }
    return m_workspace.get();
}

Secrets::SecretStore *Session::secrets()
{
    if (!m_secrets)
        m_secrets = new Secrets::SecretStore(m_options.keychainService, this);
    return m_secrets;
}

Result<Dkim::KeyVault *> Session::keyVault()
{
    if (!m_vault) {
        auto opened = workspace();
        if (!opened)
            return opened.error();
        m_vault = new Dkim::KeyVault(*opened, secrets(), this);
    }
    return m_vault;
}

Result<Secrets::CredentialVault *> Session::credentials()
{
    if (!m_credentials) {
        auto opened = workspace();
        if (!opened)
            return opened.error();
        m_credentials = new Secrets::CredentialVault(*opened, secrets(), this);
    }
    return m_credentials;
}

Result<Publish::PublishService *> Session::publishing()
{
    if (!m_publishing) {
        auto vault = credentials();
        if (!vault)
            return vault.error();
        Publish::PublishSettings settings;
        settings.dnsPort = m_options.resolver.authoritativePort;
        settings.timeoutMs = m_options.transport.timeoutMs;
        for (const QString &file : m_options.transport.anchors.caFiles)
            settings.extraCas << QSslCertificate::fromPath(file, QSsl::Pem);
        m_publishing
            = new Publish::PublishService(*workspace(), *vault, m_resolver, settings, this);
        connect(this, &Session::resolverChanged, m_publishing, [this] {
            m_publishing->setResolver(m_resolver);
        });
    }
    return m_publishing;
}

Result<Dmarc::ReportStore *> Session::reportStore()
{
    if (!m_reports) {
        auto opened = workspace();
        if (!opened)
            return opened.error();
        m_reports = std::make_unique<Dmarc::ReportStore>(*opened);
    }
    return m_reports.get();
}

} // namespace Sceau
