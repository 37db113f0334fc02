#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace Sceau {
namespace Test {

// Mark certificates made at test time with the openssl command: a test Mark Verifying
// Authority (a CA) and leaves carrying the BIMI EKU and an RFC 9399 logotype extension whose
// DER is built here. A failed openssl run ends the test run.
class MarkTestCertificates
{
public:
    MarkTestCertificates();

    QByteArray caPem() const; // the test MVA's root (PEM)

    struct Leaf
    {
        QByteArray svg;   // the logo embedded
        bool gzip = true; // gzip it in the data: URI
        QString eku = QStringLiteral("1.3.6.1.5.5.7.3.31");
        QString san = QStringLiteral("DNS:example.com");
        int days = 365;
        bool logotype = true;
        QByteArray logotypeDer; // when set, the extension's DER as is
    };
    // The leaf (PEM), then the CA: the chain as an a= URL serves it.
    QByteArray issue(const Leaf &leaf);

    // The LogotypeExtn DER (RFC 9399 §4.1) of a subject logo with this data: URI.
    static QByteArray logotypeExtension(const QByteArray &uri);
    static QByteArray dataUri(const QByteArray &svg, bool gzip);

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
};

} // namespace Test
} // namespace Sceau
