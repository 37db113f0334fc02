#pragma once

#include "model/dns/resolver.h"
#include "model/dns/zonefileresolver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace Sceau {
namespace Test {

// One test of the openspf/pyspf YAML suites (converted to JSON, tests/data/spf/README.md).
struct SpfSuiteCase
{
    QString scenario;
    QString name;
    QString helo;
    QString host; // client IP
    QString mailFrom;
    QStringList results;                // any of these passes
    std::optional<QString> explanation; // "DEFAULT" means: no exp= explanation
};

struct SpfScenario
{
    QString description;
    QJsonObject zonedata;
    QList<SpfSuiteCase> cases;
    int notApplicable = 0; // tests of pyspf-only modes, left out
};

QList<SpfScenario> loadSpfSuite(const QString &jsonPath);

// Serves one scenario's zonedata as the suite's drivers do: a zone-file overlay built from the
// data (one zone per top-level label, names outside are NXDOMAIN), SPF data served as TXT
// when the name has no TXT entry, and TIMEOUT: every type not listed before it times out.
class SpfSuiteResolver final : public Dns::Resolver
{
    Q_OBJECT
public:
    explicit SpfSuiteResolver(QObject *parent = nullptr);
    Result<void> load(const QJsonObject &zonedata);
    QFuture<Dns::LookupResult> lookup(const QString &name, Dns::RrType type) override;

    // The zone text built for a top-level label ("com" → "example.com. 3600 IN TXT …").
    static QHash<QString, QByteArray> zoneTexts(const QJsonObject &zonedata);

private:
    Dns::ZoneFileResolver m_zones;
    QHash<QString, QSet<Dns::RrType>> m_timeouts; // name → types answered despite TIMEOUT
};

} // namespace Test
} // namespace Sceau
