#pragma once

#include "model/dmarc/sourceadvice.h"
#include "model/dmarc/sourcesummary.h"

#include <QAbstractTableModel>

namespace Sceau {
namespace Widgets {

// The sources of a policy domain's stored aggregate reports as table rows: source IP, header
// From, messages, failing messages, SPF and DKIM aligned, reports, and why a failing source
// fails (Dmarc::adviseSource). Numbers sort as numbers (Qt::UserRole).
class DmarcSourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceIp, HeaderFrom, Messages, Failing, SpfAligned, DkimAligned, Why, Count };

    explicit DmarcSourceModel(QObject *parent = nullptr);

    void setSources(const QList<Dmarc::SourceSummary> &sources);
    const Dmarc::SourceSummary &source(int row) const { return m_sources.at(row); }
    const Dmarc::SourceAdvice &advice(int row) const { return m_advice.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Dmarc::SourceSummary> m_sources;
    QList<Dmarc::SourceAdvice> m_advice;
};

} // namespace Widgets
} // namespace Sceau
