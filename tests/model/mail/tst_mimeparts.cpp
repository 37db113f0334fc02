#include "model/mail/gzip.h"
#include "model/mail/mailbox.h"
#include "model/mail/mimeparts.h"
#include "model/mail/zip.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Mail;
using namespace Qt::StringLiterals;

// The shared mail reading of the TLS-RPT and DMARC imports: MIME parts (nesting, encodings,
// bounds), mbox splitting, gzip and zip limits.
class MimePartsTest : public QObject
{
    Q_OBJECT
private slots:
    void nestedAndEncoded()
    {
        const QByteArray mail
            = "Subject: x\r\nContent-Type: multipart/mixed;\r\n boundary=\"outer\"\r\n\r\n"
              "--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
              "--inner\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: "
              "quoted-printable\r\n\r\nca=C3=A9 =\r\nsoft\r\n--inner--\r\n"
              "--outer\r\nContent-Type: application/gzip\r\nContent-Transfer-Encoding: base64\r\n"
              "Content-Disposition: attachment; filename=\"r.xml.gz\"\r\n\r\naGVsbG8=\r\n"
              "--outer--\r\n"_ba;
        const QList<MimePart> parts = mimeParts(mail);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).mediaType, "text/plain"_ba);
        QCOMPARE(parts.at(0).body, "ca\xC3\xA9 soft\n"_ba);
        QCOMPARE(parts.at(1).mediaType, "application/gzip"_ba);
        QCOMPARE(parts.at(1).fileName, "r.xml.gz"_ba);
        QCOMPARE(parts.at(1).body, "hello"_ba);
    }

    // Multipart deeper than MaxMimeDepth is not read.
    void depthBound()
    {
        QByteArray mail = "Content-Type: text/plain\r\n\r\ndeep\r\n"_ba;
        for (int level = 0; level <= MaxMimeDepth + 1; ++level)
            mail = "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(level)
                   + "\r\n\r\n--b" + QByteArray::number(level) + "\r\n" + mail + "\r\n--b"
                   + QByteArray::number(level) + "--\r\n";
        QVERIFY(mimeParts(mail).isEmpty());
    }

    void mbox()
    {
        const QByteArray box = "From a@b Mon Jan  1 00:00:00 2024\nSubject: 1\n\n>From here\n"
                               "From c@d Mon Jan  1 00:00:00 2024\nSubject: 2\n\nbody\n"_ba;
        QVERIFY(isMbox(box));
        const QList<QByteArray> messages = splitMbox(box);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0), "Subject: 1\n\nFrom here\n"_ba);
        QCOMPARE(messages.at(1), "Subject: 2\n\nbody\n"_ba);
        QVERIFY(!isMbox("Subject: x\n\n"_ba));
    }

    void gzipCap()
    {
        // "hello" gzip-compressed (gzip -n).
        const QByteArray gz
            = QByteArray::fromHex("1f8b0800000000000003cb48cdc9c9070086a6103605000000");
        QVERIFY(isGzip(gz));
        QCOMPARE(gunzip(gz, 5).value(), "hello"_ba);
        QVERIFY(!gunzip(gz, 4));
        QVERIFY(!gunzip(gz.first(12), 100));
    }

    void zipNotArchive()
    {
        QVERIFY(!isZip("<feedback/>"_ba));
        const auto member = zipMember("PK\x03\x04garbage"_ba, {}, 100);
        QVERIFY(!member);
        QVERIFY(member.error().detail.contains(u"zip archive is damaged"_s));
    }
};

QTEST_GUILESS_MAIN(MimePartsTest)
#include "tst_mimeparts.moc"
