#include "model/dkim/keyexport.h"

#include "model/dkim/tr.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

Result<void> exportPrivateKey(const PrivateKey &key, const QString &path)
{
    if (key.isNull())
        return Error{ErrorCode::InvalidInput, Tr::tr("no private key to export")};
    QFile file(path);
    // NewOnly: O_CREAT|O_EXCL, so an existing file (or a planted symlink) is never written;
    // the permissions apply at creation, there is no moment with a wider mode.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (QFile::exists(path))
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("%1 already exists; it was not overwritten").arg(path)};
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("cannot create %1: %2").arg(path, file.errorString())};
    }
    QByteArray pem = key.toPem();
    bool written = !pem.isEmpty() && file.write(pem) == pem.size() && file.flush();
    pem.fill('\0');
    file.close();
    written = written && file.error() == QFileDevice::NoError;
    if (!written) { // the file is ours (NewOnly): no partial private key stays on disk
        file.remove();
        return Error{ErrorCode::FileUnreadable, Tr::tr("cannot write %1").arg(path)};
    }
    return {};
}

// Configuration text for the MTA: protocol and configuration syntax, never translated.
QString openDkimSnippet(const SigningSetup &s)
{
    const QString id = u"%1._domainkey.%2"_s.arg(s.selector, s.domain);
    return u"# /etc/opendkim/KeyTable\n"
           "%1 %2:%3:%4\n"
           "\n"
           "# /etc/opendkim/SigningTable (with refile:)\n"
           "*@%2 %1\n"
           "\n"
           "# /etc/opendkim.conf\n"
           "KeyTable       /etc/opendkim/KeyTable\n"
           "SigningTable   refile:/etc/opendkim/SigningTable\n"
           "Canonicalization relaxed/relaxed\n"_s.arg(id, s.domain, s.selector, s.keyPath);
}

QString rspamdSnippet(const SigningSetup &s)
{
    return u"# /etc/rspamd/local.d/dkim_signing.conf\n"
           "allow_username_mismatch = true;\n"
           "domain {\n"
           "  %1 {\n"
           "    selectors [\n"
           "      { path = \"%2\"; selector = \"%3\"; }\n"
           "    ]\n"
           "  }\n"
           "}\n"_s.arg(s.domain, s.keyPath, s.selector);
}

QString postfixSnippet(const SigningSetup &s)
{
    return u"# /etc/postfix/main.cf: mail of %1 is signed by the OpenDKIM milter (see its "
           u"snippet)\n"
           "milter_default_action = accept\n"
           "smtpd_milters = inet:127.0.0.1:8891\n"
           "non_smtpd_milters = $smtpd_milters\n"_s.arg(s.domain);
}

QString eximSnippet(const SigningSetup &s)
{
    return u"# Exim: in the remote_smtp transport\n"
           "remote_smtp:\n"
           "  driver = smtp\n"
           "  dkim_domain = %1\n"
           "  dkim_selector = %2\n"
           "  dkim_private_key = %3\n"
           "  dkim_canon = relaxed\n"_s.arg(s.domain, s.selector, s.keyPath);
}

} // namespace Sceau::Dkim
