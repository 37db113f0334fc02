#include "model/core/domainname.h"

#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

class tst_DomainName : public QObject
{
    Q_OBJECT
private slots:
    void fromUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("plain") << u"example.com"_s << u"example.com"_s;
        QTest::newRow("case, spaces, dot") << u"  Example.COM. "_s << u"example.com"_s;
        QTest::newRow("idn") << u"exämple.fr"_s << u"xn--exmple-cua.fr"_s;
        QTest::newRow("underscore leaf") << u"_dmarc.example.com"_s << u"_dmarc.example.com"_s;
        QTest::newRow("empty") << u""_s << QString();
        QTest::newRow("empty label") << u"a..b"_s << QString();
        QTest::newRow("label 64") << QString(64, u'a') + u".com"_s << QString();
        QTest::newRow("space inside") << u"exa mple.com"_s << QString();
        QTest::newRow("slash") << u"example.com/x"_s << QString();
        QTest::newRow("pasted URL") << u" https://Example.test/path?q=1 "_s << u"example.test"_s;
        QTest::newRow("URL with port")
            << u"http://mail.example.com:8080/"_s << u"mail.example.com"_s;
        QTest::newRow("IDN URL") << u"https://exämple.fr/"_s << u"xn--exmple-cua.fr"_s;
        QTest::newRow("URL without host") << u"file:///etc/passwd"_s << QString();
    }
    void fromUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto name = DomainName::fromUserInput(input);
        QCOMPARE(bool(name), !expected.isEmpty());
        if (name)
            QCOMPARE(*name, expected);
        else
            QCOMPARE(name.error().code, ErrorCode::InvalidInput);
    }
    // Issue 12 §5: IDNs were shown only in punycode.
    void forDisplay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("ascii") << u"example.test"_s << u"example.test"_s;
        QTest::newRow("a-label, test TLD") << u"xn--exmple-cua.test"_s << u"exämple.test"_s;
        QTest::newRow("a-label, fr") << u"www.xn--exmple-cua.fr"_s << u"www.exämple.fr"_s;
        QTest::newRow("broken a-label") << u"xn--zz.test"_s << u"xn--zz.test"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void forDisplay()
    {
        QFETCH(QString, name);
        QFETCH(QString, shown);
        QCOMPARE(DomainName::forDisplay(name), shown);
        if (shown != name) // and back: the display form normalizes to the name
            QCOMPARE(DomainName::fromUserInput(DomainName::forDisplay(name)).value(), name);
    }

    void isSubdomainOf()
    {
        QVERIFY(DomainName::isSubdomainOf(u"a.example.com"_s, u"example.com"_s));
        QVERIFY(DomainName::isSubdomainOf(u"example.com"_s, u"example.com"_s));
        QVERIFY(!DomainName::isSubdomainOf(u"badexample.com"_s, u"example.com"_s));
        QVERIFY(!DomainName::isSubdomainOf(u"com"_s, u"example.com"_s));
        QVERIFY(DomainName::isSubdomainOf(u"anything"_s, QString()));
    }

    // The same as QString::toLower(), ASCII or not.
    void lowercase()
    {
        for (const QString &name : {u"example.com"_s,
                                    u"Mail.EXAMPLE.com"_s,
                                    u"ÉCOLE.Example.fr"_s,
                                    u"İstanbul.TEST"_s,
                                    QString()})
            QCOMPARE(DomainName::lowercase(name), name.toLower());
    }
};

QTEST_GUILESS_MAIN(tst_DomainName)
#include "tst_domainname.moc"
