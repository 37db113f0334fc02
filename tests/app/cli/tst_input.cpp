#include "app/cli/input.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// Cli::Input: what every command accepts and refuses from its command line, and how the
// messages name where the value came from.
class InputTest : public QObject
{
    Q_OBJECT
private:
    QString writeFile(const QString &name, qsizetype size)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QByteArray(size, 'x'));
        return path;
    }
    QTemporaryDir m_dir;

private slots:
    void acceptedDomains_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"example.com"_s << u"example.com"_s;
        QTest::newRow("case and root dot") << u"Example.COM."_s << u"example.com"_s;
        QTest::newRow("spaces around") << u"  example.org "_s << u"example.org"_s;
        QTest::newRow("IDNA to A-labels") << u"bücher.example"_s << u"xn--bcher-kva.example"_s;
        QTest::newRow("attribute leaf") << u"_dmarc.example.com"_s << u"_dmarc.example.com"_s;
    }
    void acceptedDomains()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto positional = Cli::Input::domain(input);
        QVERIFY2(positional, qPrintable(positional ? QString() : positional.error().detail));
        QCOMPARE(*positional, expected);
        const auto option = Cli::Input::domain(input, u"--domain"_s);
        QVERIFY(option);
        QCOMPARE(*option, expected);
    }

    void refusedDomains_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("space inside") << u"exa mple.com"_s;
        QTest::newRow("empty label") << u"a..example"_s;
        QTest::newRow("label over 63") << QString(64, u'a') + u".example"_s;
        QTest::newRow("name over 253") << (QString(60, u'a') + u'.').repeated(5) + u"com"_s;
    }
    void refusedDomains()
    {
        QFETCH(QString, input);
        // A positional argument is named by its value in quotes, an option by its name.
        const auto positional = Cli::Input::domain(input);
        QVERIFY(!positional);
        QCOMPARE(positional.error().code, ErrorCode::InvalidInput);
        QVERIFY2(positional.error().detail.startsWith(u"“"_s + input + u"”: "_s),
                 qPrintable(positional.error().detail));
        const auto option = Cli::Input::domain(input, u"--domain"_s);
        QVERIFY(!option);
        QCOMPARE(option.error().code, ErrorCode::InvalidInput);
        QVERIFY2(option.error().detail.startsWith(u"--domain: "_s),
                 qPrintable(option.error().detail));
        // The same reason after the prefix: one rule, the model's.
        QCOMPARE(option.error().detail.section(u": "_s, 1),
                 positional.error().detail.section(u"”: "_s, 1));
    }

    void acceptedSelectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"s1"_s << u"s1"_s;
        QTest::newRow("lower-cased") << u"Mail2026"_s << u"mail2026"_s;
        QTest::newRow("dotted") << u"2026-01.eu"_s << u"2026-01.eu"_s;
        QTest::newRow("63 characters") << QString(63, u'k') << QString(63, u'k');
    }
    void acceptedSelectors()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto alone = Cli::Input::selector(input);
        QVERIFY2(alone, qPrintable(alone ? QString() : alone.error().detail));
        QCOMPARE(*alone, expected);
        const auto withDomain = Cli::Input::selector(input, u"example.com"_s);
        QVERIFY(withDomain);
        QCOMPARE(*withDomain, expected);
    }

    void refusedSelectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("domain");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("space") << u"s 1"_s << QString();
        QTest::newRow("underscore") << u"s_1"_s << QString();
        QTest::newRow("leading hyphen") << u"-s1"_s << QString();
        QTest::newRow("empty label") << u"a..b"_s << QString();
        QTest::newRow("label over 63") << QString(64, u'k') << QString();
        // Fits alone, but <selector>._domainkey.<domain> would pass 253 characters.
        QTest::newRow("too long for the domain")
            << (QString(60, u'k') + u'.').repeated(2) + u"k"_s
            << (QString(60, u'd') + u'.').repeated(2) + u"example"_s;
    }
    void refusedSelectors()
    {
        QFETCH(QString, input);
        QFETCH(QString, domain);
        const auto byDefault = Cli::Input::selector(input, domain);
        QVERIFY(!byDefault);
        QCOMPARE(byDefault.error().code, ErrorCode::InvalidInput);
        QVERIFY2(byDefault.error().detail.startsWith(u"--selector: "_s),
                 qPrintable(byDefault.error().detail));
        const auto named = Cli::Input::selector(input, domain, u"--new-selector"_s);
        QVERIFY(!named);
        QVERIFY2(named.error().detail.startsWith(u"--new-selector: "_s),
                 qPrintable(named.error().detail));
        const auto positional = Cli::Input::selector(input, domain, QString());
        QVERIFY(!positional);
        QVERIFY2(positional.error().detail.startsWith(u"“"_s + input + u"”: "_s),
                 qPrintable(positional.error().detail));
    }

    void fileUpToTheCapIsRead()
    {
        const QString path = writeFile(u"exact"_s, 4096);
        const auto data = Cli::Input::file(path, 4096);
        QVERIFY(data);
        QCOMPARE(data->size(), 4096);
        QCOMPARE(*data, QByteArray(4096, 'x'));
        const QString empty = writeFile(u"empty"_s, 0);
        const auto none = Cli::Input::file(empty, 4096);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void fileOverTheCapIsRefused()
    {
        const QString path = writeFile(u"over"_s, 1024 * 1024 + 1);
        const auto data = Cli::Input::file(path, 1024 * 1024);
        QVERIFY(!data);
        QCOMPARE(data.error().code, ErrorCode::InvalidInput);
        QCOMPARE(data.error().detail, path + u" is larger than 1 MiB"_s);
    }

    void endlessInputIsRefusedWithoutReadingItAll()
    {
        // /dev/zero never ends: reading it all would never return. The cap stops the reading.
        QVERIFY(QFile::exists(u"/dev/zero"_s));
        const auto data = Cli::Input::file(u"/dev/zero"_s, 2 * 1024 * 1024);
        QVERIFY(!data);
        QCOMPARE(data.error().code, ErrorCode::InvalidInput);
        QCOMPARE(data.error().detail, u"/dev/zero is larger than 2 MiB"_s);
    }

    void unreadableFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << m_dir.filePath(u"no-such-file"_s);
        QTest::newRow("directory") << m_dir.path();
    }
    void unreadableFile()
    {
        QFETCH(QString, path);
        const auto data = Cli::Input::file(path, 1024);
        QVERIFY(!data);
        QCOMPARE(data.error().code, ErrorCode::FileUnreadable);
        QVERIFY2(data.error().detail.startsWith(u"cannot read "_s + path + u": "_s),
                 qPrintable(data.error().detail));
    }
};

QTEST_GUILESS_MAIN(InputTest)
#include "tst_input.moc"
