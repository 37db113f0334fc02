#include "model/core/error.h"
#include "model/core/sqlerror.h"
#include "model/dns/failuretext.h"
#include "model/dns/liveresolver.h"
#include "model/publish/networkerror.h"
#include "model/secrets/keychainerror.h"
#include "model/spf/spfdraft.h"
#include "model/spf/spfrecord.h"

#include "await.h"
#include "faultydnsserver.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>
#include <QTranslator>
#include <QUdpSocket>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
// A catalogue that "translates" every Sceau string into upper case (placeholders kept): what
// stays in lower case in a message did not go through tr(), English inside any other language.
class UpperCaseCatalogue : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!QByteArray(context).startsWith("Sceau"))
            return {};
        return QString::fromUtf8(source).toUpper().replace(u"%N"_s, u"%n"_s);
    }
};

// The untranslated fragment of text (a run of two lower-case letters), data removed; empty
// when every word of it came through tr().
QString untranslated(QString text, const QStringList &data = {})
{
    for (const QString &datum : data) {
        if (!datum.isEmpty())
            text.remove(datum);
    }
    static const QRegularExpression lower(u"[a-z]{2,}[a-z ]*"_s);
    return lower.match(text).captured(0);
}

#define QVERIFY_TRANSLATED(text, data)                                                             \
    do {                                                                                           \
        const QString shown = (text);                                                              \
        QVERIFY2(untranslated(shown, data).isEmpty(),                                              \
                 qPrintable(u"“%1” in: %2"_s.arg(untranslated(shown, data), shown)));              \
    } while (false)

// A UDP port on 127.0.0.1 where nothing listens (ICMP port unreachable).
quint16 closedPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}
} // namespace

// Issue 12 §5: "English fragments inside French text: DNS failure details, keychain errors and
// SPF parser details are built from untranslated strings". Every detail a person reads of these
// goes through tr(): under a catalogue that upper-cases what it translates, none stays lower.
class tst_TranslatedDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_catalogue); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_catalogue); }

    void catalogueApplies()
    {
        QVERIFY_TRANSLATED(describe(Error{ErrorCode::DnsTimeout, {}}), {});
        QVERIFY(!untranslated(describe(Error{ErrorCode::DnsTimeout, u"late reply"_s})).isEmpty());
    }

    // Each way a real lookup fails, from servers on 127.0.0.1: only the server is data.
    void dnsFailures_data()
    {
        QTest::addColumn<int>("fault"); // a Test::FaultyDnsServer::Fault, -1: a closed port
        QTest::addColumn<int>("status");
        using F = Test::FaultyDnsServer::Fault;
        QTest::newRow("timeout") << int(F::Silent) << int(Dns::LookupStatus::Timeout);
        QTest::newRow("servfail") << int(F::ServFail) << int(Dns::LookupStatus::ServerFailure);
        QTest::newRow("refused") << int(F::Refused) << int(Dns::LookupStatus::Refused);
        QTest::newRow("malformed") << int(F::Garbage) << int(Dns::LookupStatus::Malformed);
        QTest::newRow("port unreachable") << -1 << int(Dns::LookupStatus::NetworkError);
    }

    void dnsFailures()
    {
        QFETCH(int, fault);
        QFETCH(int, status);
        std::unique_ptr<Test::FaultyDnsServer> server;
        Dns::NameServer address{QHostAddress::LocalHost, closedPort()};
        if (fault >= 0) {
            server = std::make_unique<Test::FaultyDnsServer>(Test::FaultyDnsServer::Fault(fault));
            address = server->address();
        }
        Dns::ResolverConfig config;
        config.servers = {address};
        config.timeoutMs = 300;
        config.attempts = 1;
        Dns::LiveResolver resolver(config);
        const Dns::LookupResult result
            = Test::await(resolver.lookup(u"example.com"_s, Dns::RrType::TXT));
        QCOMPARE(int(result.status), status);
        QVERIFY(!result.detail.isEmpty());
        QVERIFY_TRANSLATED(describe(result.error()), QStringList{address.toString()});
    }

    void everyLdnsStatusAndSocketError()
    {
        for (int status = 1; status < 256; ++status)
            QVERIFY_TRANSLATED(Dns::ldnsStatusText(status), {});
        for (int error = -1; error <= QAbstractSocket::OperationError + 8; ++error)
            QVERIFY_TRANSLATED(Dns::socketErrorText(QAbstractSocket::SocketError(error)), {});
    }

    // QtKeychain's errorString() is English: each code gets its own sentence.
    void everyKeychainError()
    {
        for (const QKeychain::Error code : {QKeychain::CouldNotDeleteEntry,
                                            QKeychain::AccessDeniedByUser,
                                            QKeychain::AccessDenied,
                                            QKeychain::NoBackendAvailable,
                                            QKeychain::NotImplemented,
                                            QKeychain::OtherError}) {
            for (const QString &english :
                 {u"Cannot unlock the collection: prompt dismissed"_s,
                  u"The name org.freedesktop.secrets was not provided by any .service files"_s}) {
                const Error error = Secrets::keychainError(code, english);
                QVERIFY(error.code == ErrorCode::KeychainLocked
                        || error.code == ErrorCode::KeychainUnavailable);
                QVERIFY_TRANSLATED(describe(error), {});
            }
        }
        QCOMPARE(Secrets::keychainError(QKeychain::OtherError, u"Collection is locked"_s).code,
                 ErrorCode::KeychainLocked);
    }

    // SQLite's and QNetworkReply's English text is not shown: a sentence per kind of failure.
    void everySqlAndNetworkError()
    {
        for (const QString &code :
             {u"5"_s, u"8"_s, u"11"_s, u"19"_s, u"2067"_s, u"1"_s, QString()}) {
            const QSqlError error(u"Unable to fetch row"_s,
                                  u"UNIQUE constraint failed: keys.selector"_s,
                                  QSqlError::StatementError,
                                  code);
            QVERIFY_TRANSLATED(describe(sqlError(error)), {});
        }
        for (int code = 0; code <= QNetworkReply::UnknownServerError; ++code)
            QVERIFY_TRANSLATED(Publish::networkErrorText(QNetworkReply::NetworkError(code)), {});
    }

    // The SPF parser's reasons: the term and the mechanism it names are data.
    void spfParserDetails_data()
    {
        QTest::addColumn<QString>("term");
        for (const QString &term : {u"ip4:300.1.2.3"_s,
                                    u"ip6:2001:db8::/200"_s,
                                    u"ipv4:192.0.2.1"_s,
                                    u"all:x"_s,
                                    u"include"_s,
                                    u"ptr/24"_s,
                                    u"a:example.com/33"_s,
                                    u"mx:%{z}.example.com"_s,
                                    u"exists:%{l"_s,
                                    u"include:a.%{c}.example.com"_s,
                                    u"include:example.123"_s,
                                    u"exp=%"_s,
                                    u"foo=%x"_s})
            QTest::newRow(qPrintable(term)) << term;
    }

    void spfParserDetails()
    {
        QFETCH(QString, term);
        const QString record = u"v=spf1 "_s + term + u" -all"_s;
        static const QRegularExpression separator(u"[:=/]"_s);
        const qsizetype cut = term.indexOf(separator);
        // The term, its name and its argument, as the reasons quote them.
        const QStringList data{
            term, cut < 0 ? term : term.left(cut), cut < 0 ? QString() : term.mid(cut + 1)};
        const auto parsed = Spf::SpfRecord::parse(record);
        QVERIFY(!parsed);
        QVERIFY_TRANSLATED(parsed.error().detail, data);
        const auto imported = Spf::SpfDraft::fromRecord(u"example.com"_s, record);
        QVERIFY(imported);
        QVERIFY(!imported->notes.isEmpty());
        QCOMPARE(imported->notes.first().reason, Spf::ImportNote::Reason::Invalid);
        QVERIFY_TRANSLATED(imported->notes.first().toString(), data);
        // The JSON keeps the technical English (docs/cli.md: spf parse `reason`).
        QVERIFY(!untranslated(Spf::SpfRecord::syntaxError(record)->reason()).isEmpty());
    }

private:
    UpperCaseCatalogue m_catalogue;
};

QTEST_MAIN(tst_TranslatedDetails)
#include "tst_translateddetails.moc"
