#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace Sceau {
namespace Dkim {
class KeyVault;
} // namespace Dkim
namespace Secrets {
class SecretStore;
} // namespace Secrets
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// What the main window's DKIM actions open: the new-key wizard and the keys list, whose "Next
// step…" and "Rotate…" open the rotation wizard. Opens the workspace (and the keychain behind
// it) the first time either is used.
class DkimKeyManager : public QObject
{
    Q_OBJECT
public:
    explicit DkimKeyManager(QWidget *window);
    ~DkimKeyManager() override;

    void showWizard();
    void showKeys();

private:
    void openRotation(QWidget *parent, qint64 keyId, bool rotate);
    bool ensureVault(); // false (after telling the user why) when the workspace cannot open

    QWidget *m_window;
    std::unique_ptr<Storage::Workspace> m_workspace;
    Secrets::SecretStore *m_secrets = nullptr;
    Dkim::KeyVault *m_vault = nullptr;
};

} // namespace Widgets
} // namespace Sceau
