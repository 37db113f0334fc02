#include "model/bimi/svgcheck.h"

#include "model/bimi/svgprofile.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace Sceau::Bimi {

namespace {
const QString SvgNamespace = QStringLiteral("http://www.w3.org/2000/svg");
const QString XlinkNamespace = QStringLiteral("http://www.w3.org/1999/xlink");
const QString XmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");
const QString Spec = QStringLiteral("draft-bkl-bimi-svg");

// Elements SVG Tiny PS forbids by name (draft-bkl-bimi-svg): scripting, animation, raster
// images, foreign content, links and multimedia.
bool isForbidden(const QString &name)
{
    static const QSet<QString> forbidden{QStringLiteral("script"),
                                         QStringLiteral("handler"),
                                         QStringLiteral("listener"),
                                         QStringLiteral("animate"),
                                         QStringLiteral("animateColor"),
                                         QStringLiteral("animateMotion"),
                                         QStringLiteral("animateTransform"),
                                         QStringLiteral("set"),
                                         QStringLiteral("discard"),
                                         QStringLiteral("image"),
                                         QStringLiteral("foreignObject"),
                                         QStringLiteral("a"),
                                         QStringLiteral("audio"),
                                         QStringLiteral("video"),
                                         QStringLiteral("animation"),
                                         QStringLiteral("iframe")};
    return forbidden.contains(name);
}

// A reference that stays in the document: "#id" (href) or url(#id) in a property.
bool leavesDocument(const QString &name, const QStringView value)
{
    if (name == QLatin1StringView("href"))
        return !value.trimmed().startsWith(u'#');
    static const QRegularExpression url(QStringLiteral("url\\(\\s*['\"]?\\s*([^#\\s'\")])"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(value).hasMatch();
}

class Checker
{
public:
    explicit Checker(const QByteArray &svg)
        : m_reader(svg)
    {
    }

    SvgValidation run(qsizetype size)
    {
        if (size > MaxSvgSize)
            add("bimi.svg-too-large", 0, {QString::number(size), QString::number(MaxSvgSize)});
        int depth = 0;
        int elements = 0;
        bool root = true;
        bool titleSeen = false;
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            const qint64 line = m_reader.lineNumber();
            if (token == QXmlStreamReader::DTD) {
                add("bimi.svg-doctype", line, {});
                return finish(); // no entity of it is ever expanded: stop here
            }
            if (token == QXmlStreamReader::EndElement) {
                --depth;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            if (++elements > MaxSvgElements || depth > MaxSvgDepth) {
                add("bimi.svg-too-complex",
                    line,
                    {QString::number(MaxSvgElements), QString::number(MaxSvgDepth)});
                return finish();
            }
            const QString name = m_reader.name().toString();
            const bool svgNs = m_reader.namespaceUri() == SvgNamespace;
            if (root) {
                root = false;
                if (name != QLatin1StringView("svg") || !svgNs) {
                    add("bimi.svg-root", line, {m_reader.qualifiedName().toString()});
                    return finish();
                }
                checkRoot(line);
                checkElement(name, svgNs, line, RootPositionReported);
                continue;
            } else if (depth == 2 && name == QLatin1StringView("title") && svgNs) {
                titleSeen = true;
            }
            checkElement(name, svgNs, line, {});
        }
        if (m_reader.hasError()) {
            add("bimi.svg-not-xml", m_reader.lineNumber(), {m_reader.errorString()});
            return finish();
        }
        if (!root && !titleSeen)
            add("bimi.svg-no-title", 0, {});
        return finish();
    }

private:
    void add(const char *id, qint64 line, const QStringList &args)
    {
        m_result.findings << SvgFinding{{QString::fromLatin1(id), Severity::Error, args, Spec},
                                        line};
    }

    SvgValidation finish()
    {
        if (m_result.findings.isEmpty())
            m_result.findings << SvgFinding{
                {QStringLiteral("bimi.svg-valid"), Severity::Ok, {}, Spec}, 0};
        return m_result;
    }

    void checkRoot(qint64 line)
    {
        const QXmlStreamAttributes attributes = m_reader.attributes();
        // draft-bkl-bimi-svg: version="1.2" and baseProfile="tiny-ps" on the root.
        if (attributes.value(QString(), QStringLiteral("version")) != QLatin1StringView("1.2"))
            add("bimi.svg-version",
                line,
                {attributes.value(QString(), QStringLiteral("version")).toString()});
        if (attributes.value(QString(), QStringLiteral("baseProfile"))
            != QLatin1StringView("tiny-ps"))
            add("bimi.svg-base-profile",
                line,
                {attributes.value(QString(), QStringLiteral("baseProfile")).toString()});
        // The indicator is placed by the receiver: the root has no x or y.
        if (attributes.hasAttribute(QString(), QStringLiteral("x"))
            || attributes.hasAttribute(QString(), QStringLiteral("y")))
            add("bimi.svg-root-position", line, {});
        // It is shown in a square (often a circle): the viewBox has equal width and height.
        const QString viewBox = attributes.value(QString(), QStringLiteral("viewBox")).toString();
        if (viewBox.isEmpty()) {
            add("bimi.svg-no-viewbox", line, {});
            return;
        }
        static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
        const QStringList parts = viewBox.trimmed().split(separator);
        bool okWidth = false, okHeight = false;
        const double width = parts.value(2).toDouble(&okWidth);
        const double height = parts.value(3).toDouble(&okHeight);
        if (parts.size() != 4 || !okWidth || !okHeight || width <= 0 || height <= 0)
            add("bimi.svg-viewbox-invalid", line, {viewBox});
        else if (!qFuzzyCompare(width, height))
            add("bimi.svg-viewbox-not-square", line, {viewBox});
    }

    // Attributes checkElement leaves to checkRoot, so that one fault is one finding.
    static inline const QSet<QString> RootPositionReported{QStringLiteral("x"),
                                                           QStringLiteral("y")};

    void checkElement(const QString &name, bool svgNs, qint64 line, const QSet<QString> &reported)
    {
        const auto &profile = svgTinyPsElements();
        const auto allowed = profile.constFind(name);
        if (!svgNs || allowed == profile.cend()) {
            add(svgNs && isForbidden(name) ? "bimi.svg-forbidden-element"
                                           : "bimi.svg-element-not-allowed",
                line,
                {m_reader.qualifiedName().toString()});
            return;
        }
        const QXmlStreamAttributes attributes = m_reader.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            QString attributeName;
            if (attribute.namespaceUri().isEmpty())
                attributeName = attribute.name().toString();
            else if (attribute.namespaceUri() == XmlNamespace)
                attributeName = QStringLiteral("xml:") + attribute.name().toString();
            else if (attribute.namespaceUri() == XlinkNamespace
                     && attribute.name() == QLatin1StringView("href"))
                attributeName = QStringLiteral("href");
            if (reported.contains(attributeName))
                continue;
            if (leavesDocument(attributeName, attribute.value()))
                add("bimi.svg-external-reference",
                    line,
                    {attribute.qualifiedName().toString(), attribute.value().toString()});
            else if (attributeName.isEmpty() || !allowed->contains(attributeName))
                add("bimi.svg-attribute-not-allowed",
                    line,
                    {attribute.qualifiedName().toString(), name});
        }
    }

    QXmlStreamReader m_reader;
    SvgValidation m_result;
};
} // namespace

bool SvgValidation::valid() const
{
    return std::none_of(findings.cbegin(), findings.cend(), [](const SvgFinding &f) {
        return f.finding.severity == Severity::Error;
    });
}

QList<Finding> SvgValidation::plainFindings() const
{
    QList<Finding> plain;
    for (const SvgFinding &f : findings)
        plain << f.finding;
    return plain;
}

SvgValidation validateSvgTinyPs(const QByteArray &svg)
{
    if (svg.size() > MaxSvgInput) {
        SvgValidation result;
        result.findings << SvgFinding{{QStringLiteral("bimi.svg-too-large"),
                                       Severity::Error,
                                       {QString::number(svg.size()), QString::number(MaxSvgSize)},
                                       Spec},
                                      0};
        return result;
    }
    return Checker(svg).run(svg.size());
}

} // namespace Sceau::Bimi
