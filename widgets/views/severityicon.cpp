#include "widgets/views/severityicon.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace Sceau::Widgets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Widgets)
};

QIcon render(const QString &resource)
{
    QSvgRenderer renderer(resource);
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 96}) { // high-DPI screens take the larger ones
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        icon.addPixmap(pixmap);
    }
    return icon;
}

// resources/icons/<name>.svg, rendered once.
QIcon namedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (!cache.contains(name))
        cache.insert(name, render(QStringLiteral(":/icons/%1.svg").arg(name)));
    return cache.value(name);
}
} // namespace

QIcon severityIcon(Severity severity)
{
    return namedIcon(severityToken(severity));
}

QIcon areaStateIcon(Audit::AreaState state)
{
    switch (state) {
    case Audit::AreaState::Good:
        return namedIcon(QStringLiteral("ok"));
    case Audit::AreaState::ToImprove:
        return namedIcon(QStringLiteral("warning"));
    case Audit::AreaState::Failing:
        return namedIcon(QStringLiteral("error"));
    case Audit::AreaState::CouldNotCheck:
        return couldNotCheckIcon();
    case Audit::AreaState::NotApplicable:
    case Audit::AreaState::NotChecked:
        return namedIcon(QStringLiteral("notapplicable"));
    }
    return {};
}

QIcon overallStateIcon(Audit::OverallState state)
{
    switch (state) {
    case Audit::OverallState::Good:
        return areaStateIcon(Audit::AreaState::Good);
    case Audit::OverallState::ToImprove:
        return areaStateIcon(Audit::AreaState::ToImprove);
    case Audit::OverallState::Failing:
        return areaStateIcon(Audit::AreaState::Failing);
    case Audit::OverallState::CouldNotCheck:
        return couldNotCheckIcon();
    case Audit::OverallState::DomainNotFound:
        return namedIcon(QStringLiteral("notapplicable"));
    }
    return {};
}

QIcon couldNotCheckIcon()
{
    return namedIcon(QStringLiteral("unknown"));
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return Tr::tr("Passed");
    case Severity::Info:
        return Tr::tr("Information");
    case Severity::Warning:
        return Tr::tr("Warning");
    case Severity::Error:
        return Tr::tr("Error");
    }
    return {};
}

QIcon findingIcon(const Finding &finding)
{
    return isCouldNotCheck(finding) ? couldNotCheckIcon() : severityIcon(finding.severity);
}

QString findingStateName(const Finding &finding)
{
    //: the state of a check that could not be made (a DNS lookup failed)
    return isCouldNotCheck(finding) ? Tr::tr("Could not check") : severityName(finding.severity);
}

} // namespace Sceau::Widgets
