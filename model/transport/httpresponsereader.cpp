#include "model/transport/httpresponsereader.h"

#include <QList>

namespace Sceau::Transport {

HttpResponseReader::HttpResponseReader(qsizetype maxBody)
    : m_maxBody(maxBody)
{
}

HttpResponseReader::State HttpResponseReader::fail(State state, const char *error)
{
    m_state = state;
    m_error = QString::fromLatin1(error);
    m_buffer.clear();
    return m_state;
}

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView bytes)
{
    if (done())
        return m_state;
    m_buffer.append(bytes);
    if (m_state == State::Head)
        parseHead();
    if (m_state == State::Body)
        parseBody();
    return m_state;
}

HttpResponseReader::State HttpResponseReader::finish()
{
    if (done())
        return m_state;
    if (m_state == State::Body && m_framing == Framing::Close) {
        m_state = State::Complete;
        return m_state;
    }
    return fail(State::Malformed, "the connection closed before the end of the response");
}

QByteArray HttpResponseReader::header(QByteArrayView name) const
{
    const QList<QByteArray> lines = m_head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && QByteArrayView(line).first(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HttpResponseReader::State HttpResponseReader::parseHead()
{
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lfEnd = m_buffer.indexOf("\n\n");
    if (lfEnd >= 0 && (end < 0 || lfEnd < end)) {
        end = lfEnd;
        skip = 2;
    }
    if (end < 0) {
        if (m_buffer.size() > MaxHeadSize)
            return fail(State::Malformed, "the response head is too large");
        return m_state;
    }
    if (end > MaxHeadSize)
        return fail(State::Malformed, "the response head is too large");
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + skip);
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray statusLine = (lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    m_head = lineEnd < 0 ? QByteArray() : head.mid(lineEnd + 1);
    // RFC 9112 §4: HTTP-version SP status-code SP [reason-phrase]
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    if (parts.size() >= 2 && parts.at(0).startsWith("HTTP/1.") && parts.at(1).size() == 3)
        m_status = parts.at(1).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 599)
        return fail(State::Malformed, "the status line is not HTTP/1.x");
    const QByteArray transfer = header("Transfer-Encoding").toLower();
    const QByteArray length = header("Content-Length");
    if (transfer.contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!length.isEmpty()) {
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            return fail(State::Malformed, "the Content-Length is not a number");
        if (m_remaining > m_maxBody)
            return fail(State::TooLarge, "the body is larger than the limit");
        m_framing = Framing::Length;
    }
    m_state = State::Body;
    return m_state;
}

HttpResponseReader::State HttpResponseReader::parseBody()
{
    if (m_framing == Framing::Close || m_framing == Framing::Length) {
        const qsizetype take = m_framing == Framing::Length
                                   ? qsizetype(qMin<qint64>(m_remaining, m_buffer.size()))
                                   : m_buffer.size();
        if (m_body.size() + take > m_maxBody)
            return fail(State::TooLarge, "the body is larger than the limit");
        m_body.append(m_buffer.left(take));
        m_buffer.remove(0, take);
        if (m_framing == Framing::Length) {
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::Complete;
                m_buffer.clear();
            }
        }
        return m_state;
    }
    // RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; last-chunk "0".
    while (true) {
        if (m_inChunk) {
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
            if (m_body.size() + take > m_maxBody)
                return fail(State::TooLarge, "the body is larger than the limit");
            m_body.append(m_buffer.left(take));
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return m_state;
            if (m_buffer.size() < 2)
                return m_state; // the CRLF after the data has not come yet
            const qsizetype crlf = m_buffer.startsWith("\r\n") ? 2
                                   : m_buffer.startsWith('\n') ? 1
                                                               : 0;
            if (crlf == 0)
                return fail(State::Malformed, "a chunk does not end with CRLF");
            m_buffer.remove(0, crlf);
            m_inChunk = false;
            continue;
        }
        const qsizetype eol = m_buffer.indexOf('\n');
        if (eol < 0) {
            if (m_buffer.size() > 1024)
                return fail(State::Malformed, "a chunk size line is too long");
            return m_state;
        }
        const QByteArray line = m_buffer.left(eol).trimmed();
        m_buffer.remove(0, eol + 1);
        if (m_trailer) {
            if (line.isEmpty()) {
                m_state = State::Complete;
                m_buffer.clear();
                return m_state;
            }
            continue; // a trailer field, ignored
        }
        const qsizetype extension = line.indexOf(';');
        const QByteArray size = (extension < 0 ? line : line.left(extension)).trimmed();
        bool ok = false;
        m_remaining = size.size() <= 8 ? size.toLongLong(&ok, 16) : -1;
        if (!ok || m_remaining < 0)
            return fail(State::Malformed, "a chunk size is not a hexadecimal number");
        if (m_remaining == 0) {
            m_trailer = true;
            continue;
        }
        if (m_body.size() + m_remaining > m_maxBody)
            return fail(State::TooLarge, "the body is larger than the limit");
        m_inChunk = true;
    }
}

} // namespace Sceau::Transport
