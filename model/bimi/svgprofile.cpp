#include "model/bimi/svgprofile.h"

namespace Sceau::Bimi {

namespace {
QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> result;
    for (const char *name : names)
        result.insert(QString::fromLatin1(name));
    return result;
}

// The schema's shared attribute groups: core (ids, RDFa, xml:*), the presentation properties,
// and the conditional-processing pair.
QSet<QString> core()
{
    return set({"about",
                "class",
                "content",
                "datatype",
                "id",
                "property",
                "rel",
                "resource",
                "rev",
                "role",
                "typeof",
                "xml:base",
                "xml:id",
                "xml:lang",
                "xml:space"});
}
QSet<QString> presentation()
{
    return set({"color",          "color-rendering", "direction",         "display-align",
                "fill",           "fill-opacity",    "fill-rule",         "font-family",
                "font-size",      "font-style",      "font-variant",      "font-weight",
                "line-increment", "solid-color",     "solid-opacity",     "stop-color",
                "stop-opacity",   "stroke",          "stroke-dasharray",  "stroke-dashoffset",
                "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity",
                "stroke-width",   "text-align",      "text-anchor",       "unicode-bidi",
                "vector-effect"});
}
QSet<QString> shape(std::initializer_list<const char *> own)
{
    return core() + presentation() + set({"requiredFonts", "systemLanguage", "transform"})
           + set(own);
}
QSet<QString> descriptive()
{
    return core()
           + set({"buffered-rendering",
                  "display",
                  "image-rendering",
                  "requiredFonts",
                  "shape-rendering",
                  "systemLanguage",
                  "text-rendering",
                  "viewport-fill",
                  "viewport-fill-opacity",
                  "visibility"});
}

QHash<QString, QSet<QString>> build()
{
    QHash<QString, QSet<QString>> elements;
    elements.insert(QStringLiteral("svg"),
                    core() + presentation()
                        + set({"baseProfile",
                               "contentScriptType",
                               "externalResourcesRequired",
                               "focusable",
                               "height",
                               "playbackOrder",
                               "preserveAspectRatio",
                               "snapshotTime",
                               "timelineBegin",
                               "version",
                               "viewBox",
                               "width",
                               "zoomAndPan"}));
    elements.insert(QStringLiteral("title"), descriptive());
    elements.insert(QStringLiteral("desc"), descriptive());
    elements.insert(QStringLiteral("metadata"), {});
    elements.insert(QStringLiteral("path"), shape({"d", "pathLength"}));
    elements.insert(QStringLiteral("rect"), shape({"height", "rx", "ry", "width", "x", "y"}));
    elements.insert(QStringLiteral("circle"), shape({"cx", "cy", "r"}));
    elements.insert(QStringLiteral("line"), shape({"x1", "x2", "y1", "y2"}));
    elements.insert(QStringLiteral("ellipse"), shape({"cx", "cy", "rx", "ry"}));
    elements.insert(QStringLiteral("polyline"), shape({"points"}));
    elements.insert(QStringLiteral("polygon"), shape({"points"}));
    elements.insert(QStringLiteral("textArea"), shape({"height", "width", "x", "y"}));
    elements.insert(QStringLiteral("text"), shape({"editable", "rotate", "x", "y"}));
    elements.insert(QStringLiteral("g"), shape({}));
    elements.insert(QStringLiteral("use"), shape({"href", "x", "y"}));
    elements.insert(QStringLiteral("solidColor"), core() + presentation());
    elements.insert(QStringLiteral("defs"), core() + presentation());
    elements.insert(QStringLiteral("stop"), core() + presentation() + set({"offset"}));
    elements.insert(QStringLiteral("linearGradient"),
                    core() + presentation() + set({"gradientUnits", "x1", "x2", "y1", "y2"}));
    elements.insert(QStringLiteral("radialGradient"),
                    core() + presentation() + set({"cx", "cy", "gradientUnits", "r"}));
    elements.insert(QStringLiteral("font"), set({"horiz-adv-x", "horiz-origin"}));
    elements.insert(QStringLiteral("glyph"), set({"arabic-form", "glyph-name", "lang", "unicode"}));
    elements.insert(QStringLiteral("hkern"), set({"g1", "g2", "k", "u1", "u2"}));
    elements.insert(QStringLiteral("font-face"),
                    set({"accented-height",
                         "alphabetic",
                         "ascent",
                         "bbox",
                         "cap-height",
                         "descent",
                         "font-family",
                         "font-stretch",
                         "font-style",
                         "font-variant",
                         "font-weight",
                         "hanging",
                         "ideographic",
                         "mathematical",
                         "overline-position",
                         "overline-thickness",
                         "panose-1",
                         "slope",
                         "stemh",
                         "stemv",
                         "strikethrough-position",
                         "strikethrough-thickness",
                         "underline-position",
                         "underline-thickness",
                         "unicode-range",
                         "units-per-em",
                         "widths",
                         "x-height"}));
    return elements;
}
} // namespace

const QHash<QString, QSet<QString>> &svgTinyPsElements()
{
    static const QHash<QString, QSet<QString>> elements = build();
    return elements;
}

} // namespace Sceau::Bimi
