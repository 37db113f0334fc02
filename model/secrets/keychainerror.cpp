#include "model/secrets/keychainerror.h"

#include "model/secrets/tr.h"

using namespace Qt::StringLiterals;

namespace Sceau::Secrets {

Error keychainError(QKeychain::Error code, const QString &libraryText)
{
    switch (code) {
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorCode::KeychainLocked,
                     Tr::tr("access to the keychain was refused at its prompt")};
    case QKeychain::AccessDenied:
        return Error{ErrorCode::KeychainLocked, Tr::tr("the keychain denied access")};
    case QKeychain::NoBackendAvailable:
        return Error{ErrorCode::KeychainUnavailable,
                     Tr::tr("no keychain service (Secret Service, KWallet) is running")};
    case QKeychain::NotImplemented:
        return Error{ErrorCode::KeychainUnavailable,
                     Tr::tr("this system's keychain does not offer this operation")};
    case QKeychain::CouldNotDeleteEntry:
        return Error{ErrorCode::KeychainUnavailable,
                     Tr::tr("the keychain could not delete the entry")};
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        break;
    }
    // OtherError: the Secret Service's words tell a locked keychain (or a prompt dismissed)
    // from one absent from the bus; they are not shown.
    if (libraryText.contains(u"locked"_s, Qt::CaseInsensitive)
        || libraryText.contains(u"prompt"_s, Qt::CaseInsensitive))
        return Error{ErrorCode::KeychainLocked,
                     Tr::tr("the keychain is locked, or its unlock prompt was dismissed")};
    return Error{ErrorCode::KeychainUnavailable,
                 Tr::tr("the keychain service failed (D-Bus or Secret Service error)")};
}

} // namespace Sceau::Secrets
