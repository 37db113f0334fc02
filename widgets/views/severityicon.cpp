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
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon severityIcon(Severity severity)
{
    static QHash<int, QIcon> cache;
    const int key = int(severity);
    if (!cache.contains(key))
        cache.insert(key, render(QStringLiteral(":/icons/%1.svg").arg(severityToken(severity))));
    return cache.value(key);
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
    if (!isCouldNotCheck(finding))
        return severityIcon(finding.severity);
    static const QIcon grey = [] {
        const QIcon info = severityIcon(Severity::Info);
        QIcon icon;
        for (const int size : {16, 24, 32, 48})
            icon.addPixmap(info.pixmap(size, QIcon::Disabled));
        return icon;
    }();
    return grey;
}

QString findingStateName(const Finding &finding)
{
    //: the state of a check that could not be made (a DNS lookup failed)
    return isCouldNotCheck(finding) ? Tr::tr("Could not check") : severityName(finding.severity);
}

} // namespace Sceau::Widgets
