#pragma once

#include <QString>
#include <QStringList>

namespace Sceau {
namespace Test {

// A certificate authority made at test time (openssl req/x509 in a temporary directory), and
// the server certificates the TLS tests need from it. Paths are PEM files.
class TestPki
{
public:
    struct Issued
    {
        QString certificate; // the leaf, then the CA (a full chain as a server sends it)
        QString key;
        QString intermediates; // what a server sends after the leaf (the CA); empty if none
    };

    // Makes the CA in directory (which must exist). A failed openssl run ends the test run.
    explicit TestPki(const QString &directory);

    QString caCertificate() const { return m_caCert; }

    // A leaf for names (subjectAltName DNS entries; the first is also the CN), valid from
    // notBeforeDays (negative: in the past) for days days. keyType: "rsa:2048", "ec".
    Issued issue(const QString &label,
                 const QStringList &names,
                 int notBeforeDays = -1,
                 int days = 30,
                 const QString &keyType = QStringLiteral("ec")) const;
    // A leaf that signs itself (no CA).
    Issued selfSigned(const QString &label, const QStringList &names) const;

private:
    QString m_dir;
    QString m_caCert;
    QString m_caKey;
};

} // namespace Test
} // namespace Sceau
