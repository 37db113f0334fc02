#pragma once

#include "model/core/result.h"
#include "model/dns/resolverfactory.h"
#include "model/transport/transportsettings.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Sceau {
namespace Audit {
class Auditor;
} // namespace Audit
namespace Dkim {
class KeyVault;
} // namespace Dkim
namespace Dmarc {
class ReportStore;
} // namespace Dmarc
namespace Dns {
class AuthoritativeCheck;
class Resolver;
} // namespace Dns
namespace Publish {
class PublishService;
} // namespace Publish
namespace Secrets {
class CredentialVault;
class SecretStore;
} // namespace Secrets
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {

// The one owner of the services of an executable (DESIGN.md §1): each main() builds exactly one
// Session and passes it down; views and commands ask it for what they need and never build a
// resolver, a workspace or a keychain themselves.
//  - DNS: the resolver stack built from the resolver settings (rebuilt when they change, with
//    resolverChanged()), the Auditor on it, and the AuthoritativeCheck that asks a zone's own
//    nameservers (on ResolverSettings::authoritativePort).
//  - Transport: the settings every SMTP probe and policy fetch uses.
//  - Storage and secrets, opened on first use: the workspace, the keychain (one service name),
//    and the DKIM key vault over both. A failure to open is an Error, returned again on the
//    next call (which retries).
// Lives on the main thread; everything it hands out is parented to it.
class Session final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Dns::ResolverSettings resolver;
        QString workspacePath; // empty: Storage::Workspace::defaultPath()
        QString keychainService = QStringLiteral("Sceau"); // the keychain's service name
        Transport::TransportSettings transport; // ports, trust anchors, EHLO name, timeout
    };

    // Fails (InvalidInput, ZoneFileInvalid, FileUnreadable) when the resolver settings do not
    // make a resolver: an unreadable or invalid zone file, offline without zone files.
    static Result<std::unique_ptr<Session>> create(const Options &options,
                                                   QObject *parent = nullptr);
    ~Session() override;

    const Dns::ResolverSettings &resolverSettings() const { return m_options.resolver; }
    // Rebuilds the resolver stack; on failure keeps the current one and returns why. The old
    // resolver and check are deleted once control returns to the event loop, after
    // resolverChanged() has let their users move to the new ones.
    Result<void> setResolverSettings(const Dns::ResolverSettings &settings);

    // How transport checks reach servers (port map, trust anchors, EHLO name, timeout); read at
    // the start of each probe or fetch, so a change applies to the next one.
    const Transport::TransportSettings &transportSettings() const { return m_options.transport; }
    void setTransportSettings(const Transport::TransportSettings &settings)
    {
        m_options.transport = settings;
    }

    Dns::Resolver *resolver() const { return m_resolver; }
    Audit::Auditor *auditor() const { return m_auditor; }
    Dns::AuthoritativeCheck *authoritativeCheck() const { return m_check; }
    // A resolver for one run (a command, an SPF evaluation or tree): a cache in front of
    // resolver(), so a record asked for many times is fetched once (DESIGN.md §2). Owned by
    // owner; it keeps the resolver it was made on, even after resolverChanged().
    Dns::Resolver *runResolver(QObject *owner) const;

    Result<Storage::Workspace *> workspace();
    Secrets::SecretStore *secrets();
    Result<Dkim::KeyVault *> keyVault(); // the workspace's, with the keychain behind it
    // The credentials (SMTP accounts…): metadata in the workspace, secrets in the keychain.
    Result<Secrets::CredentialVault *> credentials();
    // The imported DMARC aggregate reports, in the workspace.
    Result<Dmarc::ReportStore *> reportStore();
    // Publishing with the credentials and the journal: RFC 2136 primaries on
    // ResolverSettings::authoritativePort unless a credential names its port; API backends
    // trust the system store and the transport's --ca files; the transport's timeout.
    Result<Publish::PublishService *> publishing();

signals:
    void resolverChanged(); // resolver(), authoritativeCheck() are new; the auditor uses them

private:
    explicit Session(Options options, QObject *parent);

    Options m_options;
    Dns::Resolver *m_resolver = nullptr;
    Dns::AuthoritativeCheck *m_check = nullptr;
    Audit::Auditor *m_auditor = nullptr;
    std::unique_ptr<Storage::Workspace> m_workspace;
    Secrets::SecretStore *m_secrets = nullptr;
    Dkim::KeyVault *m_vault = nullptr;
    Secrets::CredentialVault *m_credentials = nullptr;
    Publish::PublishService *m_publishing = nullptr;
    std::unique_ptr<Dmarc::ReportStore> m_reports; // after m_workspace: destroyed before it
};

} // namespace Sceau
