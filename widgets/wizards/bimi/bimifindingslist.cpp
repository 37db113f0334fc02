#include "widgets/wizards/bimi/bimifindingslist.h"

#include "model/audit/findingcatalogue.h"
#include "widgets/views/severityicon.h"

namespace Sceau::Widgets {

BimiFindingsList::BimiFindingsList(QWidget *parent)
    : QListWidget(parent)
{
    setWordWrap(true);
}

void BimiFindingsList::setFindings(const QList<Finding> &findings)
{
    clear();
    for (const Finding &finding : findings)
        add(finding, 0);
}

void BimiFindingsList::setSvgFindings(const QList<Bimi::SvgFinding> &findings)
{
    clear();
    for (const Bimi::SvgFinding &finding : findings)
        add(finding.finding, finding.line);
}

QStringList BimiFindingsList::ids() const
{
    QStringList list;
    for (int i = 0; i < count(); ++i)
        list << item(i)->data(IdRole).toString();
    return list;
}

void BimiFindingsList::add(const Finding &finding, qint64 line)
{
    const FindingText text = Audit::FindingCatalogue::text(finding);
    //: %1 a line number of the logo file, %2 what is wrong there
    const QString title = line > 0 ? tr("line %1: %2").arg(line).arg(text.title) : text.title;
    auto *row = new QListWidgetItem(severityIcon(finding.severity), title, this);
    row->setData(IdRole, finding.id);
    row->setToolTip(QStringList{text.explanation, text.remediation}.join(u'\n').trimmed());
}

} // namespace Sceau::Widgets
