// sceau-iconrender: a build-time tool that renders the application's one SVG icon to the PNG
// sizes of the hicolor icon theme (freedesktop Icon Theme Specification), with QtSvg, as the
// application itself renders it. Nothing generated is committed.
//
//   sceau-iconrender <icon.svg> <name> <output directory> <size>...
//
// writes <output directory>/<size>x<size>/apps/<name>.png for each size; exit status 0 when every
// file is written, 1 otherwise (message on stderr).
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display at build time: the offscreen platform is enough to paint into a QImage.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 5) {
        std::fputs("usage: sceau-iconrender <icon.svg> <name> <output directory> <size>...\n",
                   stderr);
        return 1;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "sceau-iconrender: %s is not a valid SVG\n", qPrintable(arguments[1]));
        return 1;
    }
    for (const QString &sizeText : arguments.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "sceau-iconrender: bad size %s\n", qPrintable(sizeText));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QString directory = QStringLiteral("%1/%2x%2/apps").arg(arguments[3]).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(directory, arguments[2]);
        if (!QDir().mkpath(directory) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "sceau-iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
