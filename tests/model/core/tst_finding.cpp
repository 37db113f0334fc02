#include "model/core/finding.h"
#include "tests/support/tokentablecheck.h"

#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

class FindingTest : public QObject
{
    Q_OBJECT
private slots:
    void severityTokensBothWays()
    {
        // JSON "severity" and the icon names (docs/cli.md): never translated.
        Test::verifyTokenTable(Severities, 4, {u"ok"_s, u"info"_s, u"warning"_s, u"error"_s});
    }
    void severityTokenIsTheTable()
    {
        QCOMPARE(severityToken(Severity::Warning), u"warning"_s);
        QCOMPARE(Severities.value(u"error"), Severity::Error);
    }
};

QTEST_GUILESS_MAIN(FindingTest)
#include "tst_finding.moc"
