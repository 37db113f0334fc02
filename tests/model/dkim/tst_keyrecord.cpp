#include "model/dkim/keyrecord.h"
#include "model/dkim/publickey.h"

#include "testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

class tst_KeyRecord : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("txt");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<bool>("testing");
        QTest::addColumn<bool>("revoked");
        QTest::newRow("rsa") << "v=DKIM1; k=rsa; p=AAAA"_ba << true << u"rsa"_s << false << false;
        QTest::newRow("implicit rsa") << "p=AAAA"_ba << true << u"rsa"_s << false << false;
        QTest::newRow("ed25519 testing")
            << "v=DKIM1; k=ed25519; t=y; p=AAAA"_ba << true << u"ed25519"_s << true << false;
        QTest::newRow("revoked") << "v=DKIM1; p="_ba << true << u"rsa"_s << false << true;
        QTest::newRow("folded p") << "v=DKIM1; p=AA\r\n AA;"_ba << true << u"rsa"_s << false
                                  << false;
        QTest::newRow("unknown tag ignored")
            << "v=DKIM1; g=*; x=1; p=AAAA"_ba << true << u"rsa"_s << false << false;
        QTest::newRow("v not first")
            << "k=rsa; v=DKIM1; p=AAAA"_ba << false << QString() << false << false;
        QTest::newRow("bad version")
            << "v=DKIM2; p=AAAA"_ba << false << QString() << false << false;
        QTest::newRow("no p") << "v=DKIM1; k=rsa"_ba << false << QString() << false << false;
        QTest::newRow("duplicate tag")
            << "v=DKIM1; p=AAAA; p=AAAA"_ba << false << QString() << false << false;
        QTest::newRow("bad base64") << "v=DKIM1; p=A*AA"_ba << false << QString() << false << false;
        QTest::newRow("unknown k")
            << "v=DKIM1; k=dsa; p=AAAA"_ba << false << QString() << false << false;
    }
    void parse()
    {
        QFETCH(QByteArray, txt);
        QFETCH(bool, valid);
        QFETCH(QString, keyType);
        QFETCH(bool, testing);
        QFETCH(bool, revoked);
        const auto record = KeyRecord::parse(txt);
        QCOMPARE(bool(record), valid);
        if (!valid)
            return;
        QCOMPARE(record->keyType, keyType);
        QCOMPARE(record->isTesting(), testing);
        QCOMPARE(record->isRevoked(), revoked);
        KeyRecord expected = *record;
        expected.hasVersion = true; // toText() always writes v=DKIM1
        QCOMPARE(KeyRecord::parse(record->toText().toLatin1()).value(), expected); // round trip
    }

    void options()
    {
        RecordOptions options;
        options.testing = true;
        options.strict = true;
        options.emailOnly = true;
        options.sha256Only = true;
        const KeyRecord record = recordForKey(KeyAlgorithm::Ed25519, QByteArray(32, 'x'), options);
        const QString text = record.toText();
        QVERIFY(text.startsWith(u"v=DKIM1; k=ed25519; "_s));
        QVERIFY(text.contains(u"h=sha256"_s));
        QVERIFY(text.contains(u"s=email"_s));
        QVERIFY(text.contains(u"t=y:s"_s));
        QVERIFY(text.endsWith(u"p="_s + QString::fromLatin1(QByteArray(32, 'x').toBase64())));
        QVERIFY(!record.allowsHash(u"sha1"));

        options.notes = u"a=b; c"_s; // qp-section: the record stays one tag list
        const auto withNotes
            = KeyRecord::parse(recordForKey(KeyAlgorithm::Rsa, "key", options).toText().toLatin1());
        QVERIFY(withNotes);
        QCOMPARE(withNotes->notes, u"a=3Db=3B c"_s);
        QCOMPARE(withNotes->publicKey, "key");
        QVERIFY(record.allowsEmail());
    }

    // dkimpy's key record files (tests/data/dkim/dkimpy/cases.json "key_records").
    void dkimpyKeyRecords()
    {
        QFile casesFile(Test::dataPath(u"dkim/dkimpy/cases.json"_s));
        QVERIFY(casesFile.open(QIODevice::ReadOnly));
        const QJsonObject records
            = QJsonDocument::fromJson(casesFile.readAll()).object()[u"key_records"].toObject();
        QCOMPARE(records.size(), 13);
        for (auto it = records.begin(); it != records.end(); ++it) {
            QFile file(Test::dataPath(u"dkim/dkimpy/"_s + it.key()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto record = KeyRecord::parse(file.readAll().trimmed());
            bool usable = bool(record);
            if (usable)
                usable = bool(PublicKey::fromRecordData(*record->algorithm(), record->publicKey));
            QVERIFY2(usable == it.value()[u"valid"].toBool(), qPrintable(it.key()));
        }
    }

    // RSA keys go through one reused decoder per thread (publickey.cpp): keys decoded one after
    // the other, with bad data between them, each come out as themselves.
    void publicKeysInARow()
    {
        auto der = [](EVP_PKEY *key, bool pkcs1) {
            unsigned char *out = nullptr;
            const int size = pkcs1 ? i2d_PublicKey(key, &out) : i2d_PUBKEY(key, &out);
            QByteArray bytes(reinterpret_cast<const char *>(out), size);
            OPENSSL_free(out);
            return bytes;
        };
        EVP_PKEY *small = EVP_RSA_gen(1024);
        EVP_PKEY *large = EVP_RSA_gen(2048);
        EVP_PKEY *ec = EVP_EC_gen("P-256");
        QVERIFY(small && large && ec);
        const QByteArray smallSpki = der(small, false), largeSpki = der(large, false);
        const QByteArray largePkcs1 = der(large, true), ecSpki = der(ec, false);
        EVP_PKEY_free(small);
        EVP_PKEY_free(large);
        EVP_PKEY_free(ec);
        for (int round = 0; round < 2; ++round) {
            auto first = PublicKey::fromRecordData(KeyAlgorithm::Rsa, smallSpki);
            QVERIFY(first);
            QCOMPARE(first->bits(), 1024);
            QCOMPARE(first->spkiDer(), smallSpki);
            QVERIFY(!PublicKey::fromRecordData(KeyAlgorithm::Rsa, smallSpki.left(100)));
            QVERIFY(!PublicKey::fromRecordData(KeyAlgorithm::Rsa, largeSpki + "x"));
            QVERIFY(!PublicKey::fromRecordData(KeyAlgorithm::Rsa, QByteArray(300, '\x30')));
            const auto notRsa = PublicKey::fromRecordData(KeyAlgorithm::Rsa, ecSpki);
            QVERIFY(!notRsa);
            QVERIFY2(notRsa.error().detail.contains(u"not an RSA key"_s),
                     qPrintable(notRsa.error().detail));
            auto second = PublicKey::fromRecordData(KeyAlgorithm::Rsa, largeSpki);
            QVERIFY(second);
            QCOMPARE(second->bits(), 2048);
            QCOMPARE(second->spkiDer(), largeSpki);
            auto bare = PublicKey::fromRecordData(KeyAlgorithm::Rsa, largePkcs1);
            QVERIFY(bare);
            QCOMPARE(bare->spkiDer(), largeSpki);
            QCOMPARE(first->spkiDer(), smallSpki); // the first key was not overwritten
        }
    }

    void splitTxt()
    {
        const QByteArray value(600, 'a');
        const QList<QByteArray> strings = Dkim::splitTxt(value);
        QCOMPARE(strings.size(), 3);
        QCOMPARE(strings.at(0).size(), 255);
        QCOMPARE(strings.at(2).size(), 90);
        QCOMPARE(strings.join(), value);
    }

    void zoneLine()
    {
        const QString line
            = Dkim::zoneLine(u"s202611"_s, u"example.com"_s, QString(300, u'a'), 600);
        QVERIFY(line.startsWith(u"s202611._domainkey.example.com. 600 IN TXT \""_s));
        QCOMPARE(line.count(u'"'), 4); // two strings: 255 + 45
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << u"S202611"_s << u"s202611"_s;
        QTest::newRow("dotted") << u"2026.mail"_s << u"2026.mail"_s;
        QTest::newRow("hyphen") << u"mail-1"_s << u"mail-1"_s;
        QTest::newRow("empty") << u""_s << QString();
        QTest::newRow("underscore") << u"a_b"_s << QString();
        QTest::newRow("leading hyphen") << u"-a"_s << QString();
        QTest::newRow("empty label") << u"a..b"_s << QString();
        QTest::newRow("long label") << QString(64, u'a') << QString();
        QTest::newRow("space") << u"a b"_s << QString();
    }
    void selectors()
    {
        QFETCH(QString, selector);
        QFETCH(QString, normalized);
        const auto result = validateSelector(selector);
        QCOMPARE(bool(result), !normalized.isEmpty());
        if (result)
            QCOMPARE(*result, normalized);
        else
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    }

    // The key record name <selector>._domainkey.<domain> must fit in 253 octets (RFC 1035
    // §2.3.4): the one selector rule says so, with or without the domain.
    void selectorLength()
    {
        const QString label(63, u'a');
        const QString fits = QStringList{label, label, label, QString(51, u'b')}.join(u'.');
        QCOMPARE(fits.size(), 243);
        QVERIFY(!validateSelector(fits)); // no room left for ._domainkey.x
        const QString longest = fits.left(240);
        QCOMPARE(validateSelector(longest).value(), longest);
        QVERIFY(validateSelector(u"s1"_s, u"example.com"_s));
        const QString domain = QStringList{label, label}.join(u'.') + u".com"_s;
        const auto tooLong = validateSelector(longest, domain);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
        QVERIFY(tooLong.error().detail.contains(domain));
        const QString fitting = QString(253 - 12 - domain.size(), u'c').left(63);
        QVERIFY(validateSelector(fitting, domain));
    }

    void proposedSelectorIsDateCoded()
    {
        QCOMPARE(proposedSelector(QDate(2026, 11, 24)), u"s202611"_s);
        QVERIFY(validateSelector(proposedSelector(QDate::currentDate())));
        // A selector the workspace uses is never proposed again.
        QCOMPARE(proposedSelector(QDate(2026, 11, 24), {u"S202611"_s}), u"s202611b"_s);
        QCOMPARE(proposedSelector(QDate(2026, 11, 24), {u"s202611"_s, u"s202611b"_s}),
                 u"s202611c"_s);
        QCOMPARE(proposedSelector(QDate(2026, 11, 24), {u"other"_s}), u"s202611"_s);
    }
};

QTEST_GUILESS_MAIN(tst_KeyRecord)
#include "tst_keyrecord.moc"
