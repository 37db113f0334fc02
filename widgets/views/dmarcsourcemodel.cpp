#include "widgets/views/dmarcsourcemodel.h"

#include <QBrush>
#include <QPalette>

namespace Sceau::Widgets {

DmarcSourceModel::DmarcSourceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DmarcSourceModel::setSources(const QList<Dmarc::SourceSummary> &sources)
{
    beginResetModel();
    m_sources = sources;
    m_advice.clear();
    for (const Dmarc::SourceSummary &source : sources)
        m_advice << Dmarc::adviseSource(source);
    endResetModel();
}

int DmarcSourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int DmarcSourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant DmarcSourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const Dmarc::SourceImpact &impact = m_sources.at(index.row()).impact;
    const Dmarc::SourceAdvice &advice = m_advice.at(index.row());
    if (role == Qt::UserRole) { // the sort key
        switch (index.column()) {
        case Messages:
            return impact.messages;
        case Failing:
            return impact.failingMessages;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Why)
        return advice.suggestion;
    if (role == Qt::ForegroundRole && advice.failing && index.column() == Failing)
        return QBrush(Qt::darkRed);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SourceIp:
        return impact.sourceIp;
    case HeaderFrom:
        return impact.headerFrom;
    case Messages:
        return QString::number(impact.messages);
    case Failing:
        return QString::number(impact.failingMessages);
    case SpfAligned:
        return impact.spfAligned ? tr("yes") : tr("no");
    case DkimAligned:
        return impact.dkimAligned ? tr("yes") : tr("no");
    case Why:
        return advice.why;
    default:
        return {};
    }
}

QVariant DmarcSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceIp:
        return tr("Source IP");
    case HeaderFrom:
        return tr("From domain");
    case Messages:
        return tr("Messages");
    case Failing:
        return tr("Failing");
    case SpfAligned:
        return tr("SPF aligned");
    case DkimAligned:
        return tr("DKIM aligned");
    case Why:
        return tr("Why it fails");
    default:
        return {};
    }
}

} // namespace Sceau::Widgets
