#include "model/dns/lookupresult.h"
#include "tests/support/tokentablecheck.h"

#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

class LookupResultTest : public QObject
{
    Q_OBJECT
private slots:
    void statusTokensBothWays()
    {
        // JSON "status" of dns query, SPF failures and findings' arguments (docs/cli.md).
        Test::verifyTokenTable(Dns::LookupStatuses,
                               int(Dns::LookupStatus::CnameChainTooLong) + 1,
                               {u"answer"_s,
                                u"nodata"_s,
                                u"nxdomain"_s,
                                u"timeout"_s,
                                u"servfail"_s,
                                u"refused"_s,
                                u"network-error"_s,
                                u"malformed"_s,
                                u"cname-loop"_s,
                                u"cname-chain-too-long"_s});
    }
    void statusTokenIsTheTable()
    {
        QCOMPARE(Dns::statusToken(Dns::LookupStatus::ServerFailure), u"servfail"_s);
        QCOMPARE(Dns::LookupStatuses.value(u"nxdomain"), Dns::LookupStatus::NxDomain);
    }
};

QTEST_GUILESS_MAIN(LookupResultTest)
#include "tst_lookupresult.moc"
