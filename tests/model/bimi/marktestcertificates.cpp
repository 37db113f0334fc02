#include "marktestcertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <zlib.h>

namespace Sceau::Test {

namespace {
// One openssl run; line is its arguments separated by single spaces.
void openssl(const QString &line, const QString &directory)
{
    const QStringList arguments = line.split(u' ');
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal(
            "openssl %s failed: %s", qPrintable(line), process.readAllStandardError().constData());
}

QByteArray der(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 0x80)
        out += char(n);
    else if (n < 0x100)
        out += "\x81" + QByteArray(1, char(n));
    else if (n < 0x10000)
        out += "\x82" + QByteArray(1, char(n >> 8)) + QByteArray(1, char(n & 0xff));
    else
        out += "\x83" + QByteArray(1, char(n >> 16)) + QByteArray(1, char((n >> 8) & 0xff))
               + QByteArray(1, char(n & 0xff));
    return out + content;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}
} // namespace

MarkTestCertificates::MarkTestCertificates()
{
    openssl(QStringLiteral("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "
                           "ca.key -out ca.pem -days 3650 -subj /CN=Sceau-Test-MVA -addext "
                           "basicConstraints=critical,CA:TRUE -addext "
                           "keyUsage=critical,keyCertSign"),
            m_dir.path());
}

QByteArray MarkTestCertificates::caPem() const
{
    QFile file(m_dir.filePath(QStringLiteral("ca.pem")));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray MarkTestCertificates::dataUri(const QByteArray &svg, bool compress)
{
    return "data:image/svg+xml;base64," + (compress ? gzip(svg) : svg).toBase64();
}

QByteArray MarkTestCertificates::logotypeExtension(const QByteArray &uri)
{
    // LogotypeDetails: mediaType, logotypeHash (sha256 of the URI's content), logotypeURI.
    const QByteArray sha256Oid = QByteArray::fromHex("608648016503040201");
    const QByteArray hash
        = der(0x30,
              der(0x30, der(0x06, sha256Oid))
                  + der(0x04, QCryptographicHash::hash(uri, QCryptographicHash::Sha256)));
    const QByteArray details
        = der(0x30, der(0x16, "image/svg+xml") + der(0x30, hash) + der(0x30, der(0x16, uri)));
    const QByteArray image = der(0x30, details);           // LogotypeImage
    const QByteArray direct = der(0xa0, der(0x30, image)); // [0] IMPLICIT LogotypeData
    return der(0x30, der(0xa2, direct));                   // subjectLogo [2]
}

QByteArray MarkTestCertificates::issue(const Leaf &leaf)
{
    const QString name = QStringLiteral("leaf%1").arg(++m_serial);
    QStringList extensions;
    if (!leaf.eku.isEmpty())
        extensions << QStringLiteral("extendedKeyUsage=") + leaf.eku;
    if (!leaf.san.isEmpty())
        extensions << QStringLiteral("subjectAltName=") + leaf.san;
    if (leaf.logotype) {
        const QByteArray extension = leaf.logotypeDer.isEmpty()
                                         ? logotypeExtension(dataUri(leaf.svg, leaf.gzip))
                                         : leaf.logotypeDer;
        extensions << QStringLiteral("1.3.6.1.5.5.7.1.12=DER:")
                          + QString::fromLatin1(extension.toHex(':'));
    }
    QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
    ext.open(QIODevice::WriteOnly);
    ext.write(extensions.join(u'\n').toLatin1() + '\n');
    ext.close();
    openssl(QStringLiteral("req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout %1.key "
                           "-out %1.csr -subj /CN=Example-Brand/O=Example")
                .arg(name),
            m_dir.path());
    openssl(QStringLiteral("x509 -req -in %1.csr -CA ca.pem -CAkey ca.key -set_serial %2 -days %3 "
                           "-extfile %1.ext -out %1.pem")
                .arg(name)
                .arg(1000 + m_serial)
                .arg(leaf.days),
            m_dir.path());
    QFile pem(m_dir.filePath(name + QStringLiteral(".pem")));
    pem.open(QIODevice::ReadOnly);
    return pem.readAll() + caPem();
}

} // namespace Sceau::Test
