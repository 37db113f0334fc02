#include "model/spf/spfpublication.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;

namespace {
Dns::LookupResult txtAnswer(const QList<QByteArray> &records)
{
    Dns::LookupResult txt;
    txt.name = u"example.test"_s;
    txt.type = Dns::RrType::TXT;
    txt.status = records.isEmpty() ? Dns::LookupStatus::NoData : Dns::LookupStatus::Answer;
    txt.rcode = 0;
    for (const QByteArray &text : records) {
        Dns::ResourceRecord record;
        record.type = Dns::RrType::TXT;
        record.txtStrings = {text};
        txt.records << record;
    }
    return txt;
}
} // namespace

// RFC 7208 §4.5: which TXT record is the SPF record, decided once for every path.
class tst_SpfPublication : public QObject
{
    Q_OBJECT
private slots:
    void selection_data()
    {
        QTest::addColumn<QList<QByteArray>>("records");
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("selected");
        using State = Publication::State;
        QTest::newRow("one") << QList<QByteArray>{"v=spf1 ip4:192.0.2.1 -all", "other"}
                             << int(State::Found) << QStringList{u"v=spf1 ip4:192.0.2.1 -all"_s};
        QTest::newRow("case-insensitive") << QList<QByteArray>{"V=SPF1 -all"} << int(State::Found)
                                          << QStringList{u"V=SPF1 -all"_s};
        QTest::newRow("version alone")
            << QList<QByteArray>{"v=spf1"} << int(State::Found) << QStringList{u"v=spf1"_s};
        // Issue 7: a leading space is not "v=spf1" first: no record (never trimmed).
        QTest::newRow("leading space") << QList<QByteArray>{" v=spf1 ip4:192.0.2.1 -all"}
                                       << int(State::NoRecord) << QStringList{};
        QTest::newRow("v=spf10") << QList<QByteArray>{"v=spf10 -all"} << int(State::NoRecord)
                                 << QStringList{};
        QTest::newRow("tab after version")
            << QList<QByteArray>{"v=spf1\t-all"} << int(State::NoRecord) << QStringList{};
        QTest::newRow("nodata") << QList<QByteArray>{} << int(State::NoRecord) << QStringList{};
        QTest::newRow("several") << QList<QByteArray>{"v=spf1 -all", "v=spf1 mx -all"}
                                 << int(State::Several)
                                 << QStringList{u"v=spf1 -all"_s, u"v=spf1 mx -all"_s};
        QTest::newRow("syntax") << QList<QByteArray>{"v=spf1 ip4:300.1.2.3 -all"}
                                << int(State::SyntaxError)
                                << QStringList{u"v=spf1 ip4:300.1.2.3 -all"_s};
    }
    void selection()
    {
        QFETCH(QList<QByteArray>, records);
        QFETCH(int, state);
        QFETCH(QStringList, selected);
        const Publication publication = Publication::from(u"Example.Test."_s, txtAnswer(records));
        QCOMPARE(publication.domain, u"example.test"_s);
        QCOMPARE(int(publication.state), state);
        QCOMPARE(publication.records, selected);
        QCOMPARE(publication.record.has_value(), state == int(Publication::State::Found));
        QCOMPARE(publication.syntaxError.has_value(),
                 state == int(Publication::State::SyntaxError));
    }

    void syntaxErrorIsStructured()
    {
        const Publication publication
            = Publication::from(u"example.test"_s, txtAnswer({"v=spf1 mx ip4:300.1.2.3 -all"}));
        QCOMPARE(publication.syntaxError->term, u"ip4:300.1.2.3"_s);
        QCOMPARE(publication.syntaxError->position, 10);
        QCOMPARE(publication.selected(), u"v=spf1 mx ip4:300.1.2.3 -all"_s);
    }

    // A failed lookup is not "no record", whatever records it carries.
    void failureIsNotNoRecord()
    {
        Dns::LookupResult txt = txtAnswer({"v=spf1 -all"});
        txt.status = Dns::LookupStatus::ServerFailure;
        const Publication publication = Publication::from(u"example.test"_s, txt);
        QCOMPARE(publication.state, Publication::State::LookupFailed);
        QVERIFY(publication.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SpfPublication)
#include "tst_spfpublication.moc"
