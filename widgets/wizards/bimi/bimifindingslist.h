#pragma once

#include "model/bimi/svgcheck.h"

#include <QListWidget>

namespace Sceau {
namespace Widgets {

// The BIMI wizard's findings: one row per finding, its severity icon, "line N:" before the
// catalogue's title when it has a line, the explanation and remediation as tooltip; the id in
// IdRole (for tests and tools).
class BimiFindingsList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit BimiFindingsList(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void setSvgFindings(const QList<Bimi::SvgFinding> &findings);
    QStringList ids() const;

private:
    void add(const Finding &finding, qint64 line);
};

} // namespace Widgets
} // namespace Sceau
