#include "model/transport/mtastspolicy.h"

#include "model/transport/tr.h"

#include <QRegularExpression>
#include <QSet>

namespace Sceau::Transport {

namespace {
Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

QString normalized(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

} // namespace

bool isMxPattern(const QString &value)
{
    // sts-policy-mx-value = ["*."] Domain (RFC 5321 §4.1.2 Domain: LDH labels).
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return value.size() <= 255 && pattern.match(value).hasMatch();
}

Result<MtaStsPolicy> parseMtaStsPolicy(const QByteArray &body)
{
    if (body.size() > MaxMtaStsPolicySize)
        return invalid(Tr::tr("the policy is larger than %1 bytes").arg(MaxMtaStsPolicySize));
    QList<QByteArray> lines = body.split('\n');
    if (lines.size() > MaxMtaStsPolicyLines + 1)
        return invalid(Tr::tr("the policy has more than %1 lines").arg(MaxMtaStsPolicyLines));
    if (lines.last().isEmpty())
        lines.removeLast(); // the optional final sts-policy-term
    MtaStsPolicy policy;
    QSet<QString> seen;
    bool hasMode = false;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1); // CRLF or LF (RFC 8461 §3.2, sts-policy-term)
        const int lineNumber = int(i) + 1;
        const QString line = QString::fromUtf8(raw);
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            //: %1 a line number of the policy file
            return invalid(Tr::tr("line %1 is not \"key: value\"").arg(lineNumber));
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        const bool repeated = seen.contains(key) && key != QLatin1StringView("mx");
        seen.insert(key);
        if (repeated) {
            policy.ignoredFields << key;
            continue;
        }
        if (key == QLatin1StringView("version")) {
            if (value != QLatin1StringView("STSv1"))
                //: %1 the version as published
                return invalid(Tr::tr("the version is \"%1\", not STSv1").arg(value));
        } else if (key == QLatin1StringView("mode")) {
            const auto mode = MtaStsModes.value(value);
            if (!mode)
                //: %1 the mode as published; enforce, testing, none are protocol tokens
                return invalid(
                    Tr::tr("the mode \"%1\" is not enforce, testing or none").arg(value));
            policy.mode = *mode;
            hasMode = true;
        } else if (key == QLatin1StringView("max_age")) {
            if (!digits.match(value).hasMatch() || value.toLongLong() > MaxMtaStsMaxAge)
                //: %1 the max_age as published, %2 the largest allowed
                return invalid(Tr::tr("max_age \"%1\" is not a number of seconds up to %2")
                                   .arg(value)
                                   .arg(MaxMtaStsMaxAge));
            policy.maxAge = value.toLongLong();
        } else if (key == QLatin1StringView("mx")) {
            const QString pattern = normalized(value);
            if (!isMxPattern(pattern))
                //: %1 an mx pattern as published, %2 its line number
                return invalid(Tr::tr("\"%1\" (line %2) is not an MX host pattern")
                                   .arg(value)
                                   .arg(lineNumber));
            if (policy.mx.size() >= MaxMtaStsPatterns)
                return invalid(
                    Tr::tr("the policy has more than %1 mx patterns").arg(MaxMtaStsPatterns));
            policy.mx << pattern;
        } else {
            policy.ignoredFields << key; // RFC 8461 §3.2: unknown fields are ignored
        }
    }
    if (!seen.contains(QStringLiteral("version")))
        return invalid(Tr::tr("the policy has no version field"));
    if (!hasMode)
        return invalid(Tr::tr("the policy has no mode field"));
    if (!seen.contains(QStringLiteral("max_age")))
        return invalid(Tr::tr("the policy has no max_age field"));
    if (policy.mx.isEmpty() && policy.mode != MtaStsMode::None)
        return invalid(Tr::tr("the policy has no mx field"));
    return policy;
}

bool mxMatchesPattern(const QString &mxHost, const QString &pattern)
{
    const QString host = normalized(mxHost);
    const QString p = normalized(pattern);
    if (host.isEmpty() || p.isEmpty())
        return false;
    // RFC 8461 §4.1: a wildcard matches only the left-most label, exactly one label.
    if (p.startsWith(QLatin1StringView("*."))) {
        const qsizetype dot = host.indexOf(u'.');
        return dot > 0 && host.mid(dot + 1) == p.mid(2);
    }
    return host == p;
}

QString matchingPattern(const QString &mxHost, const QStringList &patterns)
{
    for (const QString &pattern : patterns) {
        if (mxMatchesPattern(mxHost, pattern))
            return pattern;
    }
    return {};
}

QByteArray mtaStsPolicyText(const MtaStsPolicy &policy)
{
    QByteArray text
        = "version: STSv1\r\nmode: " + MtaStsModes.token(policy.mode).toLatin1() + "\r\n";
    for (const QString &mx : policy.mx)
        text += "mx: " + mx.toUtf8() + "\r\n";
    text += "max_age: " + QByteArray::number(policy.maxAge) + "\r\n";
    return text;
}

} // namespace Sceau::Transport
