#pragma once

#include "model/core/result.h"
#include "model/dkim/keyspec.h"
#include "model/dkim/privatekey.h"

#include <QString>

namespace Sceau {
namespace Dkim {

// Writes the private key as unencrypted PKCS#8 PEM for an MTA: the file is created with mode
// 0600 and an existing file is never overwritten (DESIGN.md §5). On any failure the file it
// created is removed: no partial private key is left behind.
Result<void> exportPrivateKey(const PrivateKey &key, const QString &path);

// Where and how an MTA signs with an exported key.
struct SigningSetup
{
    QString domain;
    QString selector;
    QString keyPath; // the exported PEM on the mail server
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa;
};

QString openDkimSnippet(const SigningSetup &setup); // KeyTable + SigningTable (+ opendkim.conf)
QString rspamdSnippet(const SigningSetup &setup);   // local.d/dkim_signing.conf
QString postfixSnippet(const SigningSetup &setup);  // main.cf milter lines (with OpenDKIM)
QString eximSnippet(const SigningSetup &setup);     // remote_smtp transport options

} // namespace Dkim
} // namespace Sceau
