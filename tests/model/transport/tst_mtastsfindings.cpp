#include "model/audit/findingcatalogue.h"
#include "model/transport/mtastsfindings.h"
#include "model/transport/tlsrptcheck.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

// Every mta-sts.* and tls-rpt.* id has its own text in the one catalogue, with its arguments in.
class MtaStsFindingsTest : public QObject
{
    Q_OBJECT
private slots:
    void everyIdHasText_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id :
             {MtaStsId::NoRecord,       MtaStsId::MultipleRecords,  MtaStsId::InvalidRecord,
              MtaStsId::NoPolicyHost,   MtaStsId::PolicyTls,        MtaStsId::PolicyCertificate,
              MtaStsId::PolicyRedirect, MtaStsId::PolicyHttpStatus, MtaStsId::PolicyContentType,
              MtaStsId::PolicyTooLarge, MtaStsId::PolicyMalformed,  MtaStsId::PolicyInvalid,
              MtaStsId::PolicyValid,    MtaStsId::ModeTesting,      MtaStsId::ModeNone,
              MtaStsId::MaxAgeShort,    MtaStsId::MxCovered,        MtaStsId::MxNotCovered,
              MtaStsId::MxCertValid,    MtaStsId::MxCertInvalid,    MtaStsId::PolicyUnreachable,
              TlsRptId::NoRecord,       TlsRptId::MultipleRecords,  TlsRptId::InvalidRecord,
              TlsRptId::UnsupportedUri, TlsRptId::RecordValid})
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyIdHasText()
    {
        QFETCH(QString, id);
        const Finding finding{id, Severity::Warning, {u"ARG0"_s, u"ARG1"_s}, {}};
        const FindingText text = Audit::FindingCatalogue::text(finding);
        QVERIFY(!text.title.isEmpty());
        QVERIFY(text.title != id); // not the catalogue's fallback
        QVERIFY(!text.title.contains(u"%1"_s) && !text.explanation.contains(u"%1"_s)
                && !text.explanation.contains(u"%2"_s));
        QCOMPARE(mtaStsFindingText(finding).has_value(), id.startsWith(u"mta-sts."_s));
        QCOMPARE(tlsRptFindingText(finding).has_value(), id.startsWith(u"tls-rpt."_s));
    }

    // Only an unreachable policy host is "could not check"; every other finding is posture.
    void couldNotCheck()
    {
        QVERIFY(isCouldNotCheck(Finding{MtaStsId::PolicyUnreachable, Severity::Warning, {}, {}}));
        QVERIFY(!isCouldNotCheck(Finding{MtaStsId::NoRecord, Severity::Warning, {}, {}}));
        QVERIFY(!isCouldNotCheck(Finding{MtaStsId::PolicyHttpStatus, Severity::Error, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(MtaStsFindingsTest)
#include "tst_mtastsfindings.moc"
