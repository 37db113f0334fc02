#include "spfscenariogenerator.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Sceau::Test {

namespace {

const QStringList Ip4Pool = {QStringLiteral("192.0.2.1"),
                             QStringLiteral("192.0.2.7"),
                             QStringLiteral("192.0.2.130"),
                             QStringLiteral("198.51.100.9"),
                             QStringLiteral("198.51.100.77"),
                             QStringLiteral("203.0.113.200")};
const QStringList Ip6Pool = {QStringLiteral("2001:db8::1"),
                             QStringLiteral("2001:db8::a:1"),
                             QStringLiteral("2001:db8:1::5"),
                             QStringLiteral("2001:db8:ff::99")};
const QStringList LocalParts
    = {QStringLiteral("alice"), QStringLiteral("bob.smith"), QStringLiteral("c-d")};

class Generator
{
public:
    Generator(quint32 seed, int domains)
        : m_random(seed)
        , m_domains(domains)
    {
    }

    GeneratedScenarios run()
    {
        add(QStringLiteral("@ SOA ns hostmaster 1 3600 600 86400 300"));
        add(QStringLiteral("@ NS ns"));
        add(QStringLiteral("ns A 127.0.0.1"));
        add(QStringLiteral("why TXT \"%{i} may not send for %{d} (%{l})\""));
        for (int i = 0; i < 6; ++i) { // hosts for a:, mx and ptr
            const QString host = QStringLiteral("h%1").arg(i);
            if (i != 5) // h5 has no address: a void lookup
                add(QStringLiteral("%1 A %2").arg(host, pick(Ip4Pool)));
            if (chance(50))
                add(QStringLiteral("%1 AAAA %2").arg(host, pick(Ip6Pool)));
        }
        // Reverse names for ptr: some validated, some pointing to hosts without that address.
        for (const QString &ip : Ip4Pool) {
            if (chance(60)) {
                QStringList octets = ip.split(u'.');
                std::reverse(octets.begin(), octets.end());
                m_reverse += QStringLiteral("%1.in-addr.arpa. PTR h%2.cross.test.\n")
                                 .arg(octets.join(u'.'))
                                 .arg(m_random.bounded(6))
                                 .toLatin1();
            }
        }
        for (const QString &local : LocalParts) {
            if (chance(50))
                add(QStringLiteral("%1.users A 127.0.0.2").arg(local));
        }
        for (int d = 0; d < m_domains; ++d)
            domain(d);
        return {m_zone, m_reverse, m_cases};
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    QString pick(const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); }
    void add(const QString &line) { m_zone += line.toLatin1() + '\n'; }

    QString qualifier()
    {
        static const QStringList q = {QString(),
                                      QString(),
                                      QStringLiteral("-"),
                                      QStringLiteral("~"),
                                      QStringLiteral("?"),
                                      QStringLiteral("+")};
        return pick(q);
    }

    QString term(int d)
    {
        switch (m_random.bounded(11)) {
        case 0:
            return QStringLiteral("ip4:%1/%2")
                .arg(pick(Ip4Pool))
                .arg(pick({QStringLiteral("32"),
                           QStringLiteral("30"),
                           QStringLiteral("24"),
                           QStringLiteral("16")}));
        case 1:
            return QStringLiteral("ip6:%1/%2")
                .arg(pick(Ip6Pool))
                .arg(pick({QStringLiteral("128"), QStringLiteral("112"), QStringLiteral("48")}));
        case 2:
            return QStringLiteral("a:h%1.cross.test").arg(m_random.bounded(6))
                   + pick({QString(),
                           QStringLiteral("/24"),
                           QStringLiteral("//64"),
                           QStringLiteral("/16//48")});
        case 3:
            add(QStringLiteral("s%1 A %2").arg(d).arg(pick(Ip4Pool)));
            return QStringLiteral("a");
        case 4: {
            const int hosts = 1 + int(m_random.bounded(3));
            for (int h = 0; h < hosts; ++h)
                add(QStringLiteral("s%1 MX %2 h%3").arg(d).arg(h * 10).arg(m_random.bounded(6)));
            return QStringLiteral("mx")
                   + pick({QString(), QStringLiteral("/24"), QStringLiteral("//48")});
        }
        case 5:
        case 6: {
            const int target = d + 1 + int(m_random.bounded(4));
            return target < m_domains ? QStringLiteral("include:s%1.cross.test").arg(target)
                                      : QStringLiteral("include:norecord.cross.test");
        }
        case 7:
            return pick({QStringLiteral("exists:%{l}.users.cross.test"),
                         QStringLiteral("exists:%{ir}.rev.cross.test"),
                         QStringLiteral("exists:%{d1}.cross.test")});
        case 8:
            return pick({QStringLiteral("ptr"),
                         QStringLiteral("ptr:cross.test"),
                         QStringLiteral("ptr:h1.cross.test")});
        case 9:
            return QStringLiteral("a:nothing%1.cross.test").arg(m_random.bounded(4)); // void
        default:
            return QStringLiteral("ip4:%1").arg(pick(Ip4Pool));
        }
    }

    void domain(int d)
    {
        QStringList terms{QStringLiteral("v=spf1")};
        const int count = 1 + int(m_random.bounded(5));
        for (int t = 0; t < count; ++t)
            terms << qualifier() + term(d);
        const int end = int(m_random.bounded(10));
        if (end < 5)
            terms << pick({QStringLiteral("-all"),
                           QStringLiteral("~all"),
                           QStringLiteral("?all"),
                           QStringLiteral("+all")});
        else if (end < 7 && d + 1 < m_domains)
            terms << QStringLiteral("redirect=s%1.cross.test")
                         .arg(d + 1 + int(m_random.bounded(qMin(3, m_domains - d - 1))));
        if (chance(30))
            terms << QStringLiteral("exp=why.cross.test");
        add(QStringLiteral("s%1 TXT \"%2\"").arg(d).arg(terms.join(u' ')));
        for (int c = 0; c < 4; ++c) {
            const QString ip = c % 2 ? pick(Ip6Pool) : pick(Ip4Pool);
            const QString sender = QStringLiteral("%1@s%2.cross.test").arg(pick(LocalParts)).arg(d);
            m_cases << GeneratedCase{QStringLiteral("s%1/%2").arg(d).arg(c),
                                     ip,
                                     sender,
                                     QStringLiteral("mta.example.org")};
        }
    }

    QRandomGenerator m_random;
    int m_domains;
    QByteArray m_zone = "$ORIGIN cross.test.\n$TTL 300\n";
    QByteArray m_reverse = "$ORIGIN in-addr.arpa.\n$TTL 300\n@ SOA ns.cross.test. "
                           "hostmaster.cross.test. 1 3600 600 86400 300\n"
                           "@ NS ns.cross.test.\n";
    QList<GeneratedCase> m_cases;
};

} // namespace

GeneratedScenarios generateSpfScenarios(quint32 seed, int domains)
{
    return Generator(seed, domains).run();
}

} // namespace Sceau::Test
