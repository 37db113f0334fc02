#include "model/transport/smtpreply.h"

#include "model/dns/textescape.h"

#include <cctype>

namespace Sceau::Transport {

QStringList SmtpReply::ehloKeywords() const
{
    QStringList keywords;
    for (qsizetype i = 1; i < lines.size(); ++i) // line 0 is the greeting
        keywords << lines.at(i).section(u' ', 0, 0).toUpper();
    return keywords;
}

QStringList SmtpReply::ehloParameters(const QString &keyword) const
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList words = lines.at(i).toUpper().split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty() && words.first() == keyword.toUpper())
            return words.mid(1);
    }
    return {};
}

void SmtpReplyReader::feed(QByteArrayView bytes)
{
    if (failed())
        return;
    m_buffer.append(bytes);
}

std::optional<SmtpReply> SmtpReplyReader::next()
{
    while (!failed()) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > MaxLineLength)
                m_error = QStringLiteral("reply line longer than %1 octets").arg(MaxLineLength);
            return std::nullopt;
        }
        if (end + 1 > MaxLineLength) {
            m_error = QStringLiteral("reply line longer than %1 octets").arg(MaxLineLength);
            return std::nullopt;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1); // CRLF; a bare LF is read too (servers in the wild send it)
        // Reply-line = Reply-code [ SP / "-" textstring ] (RFC 5321 §4.2)
        const bool digits = line.size() >= 3 && std::isdigit(uchar(line[0]))
                            && std::isdigit(uchar(line[1])) && std::isdigit(uchar(line[2]));
        const char separator = line.size() > 3 ? line[3] : ' ';
        if (!digits || (separator != ' ' && separator != '-') || line[0] < '2' || line[0] > '5') {
            m_error = QStringLiteral("not an SMTP reply line: %1")
                          .arg(QString::fromLatin1(line.left(40).toPercentEncoding(" -.:")));
            return std::nullopt;
        }
        const int code = line.left(3).toInt();
        if (!m_partial.lines.isEmpty() && code != m_partial.code) {
            m_error = QStringLiteral("reply code changed inside a multi-line reply");
            return std::nullopt;
        }
        if (m_partial.lines.size() >= MaxLines) {
            m_error = QStringLiteral("reply longer than %1 lines").arg(MaxLines);
            return std::nullopt;
        }
        m_partial.code = code;
        m_partial.lines << Dns::escapeText(
            QByteArrayView(line).sliced(qMin<qsizetype>(4, line.size())));
        if (separator == ' ') {
            SmtpReply reply = std::move(m_partial);
            m_partial = {};
            return reply;
        }
    }
    return std::nullopt;
}

} // namespace Sceau::Transport
