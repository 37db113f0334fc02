#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Sceau {
namespace Transport {

// Reads one HTTP/1.1 response from a server that owes us nothing (RFC 9112): status line,
// header fields, then a body framed by Content-Length, chunked transfer coding, or the end of
// the connection. Bounded: the head at most MaxHeadSize bytes, the body at most maxBody bytes;
// past either it stops with TooLarge or Malformed and keeps nothing more.
class HttpResponseReader
{
public:
    enum class State { Head, Body, Complete, TooLarge, Malformed };
    static constexpr qsizetype MaxHeadSize = 16 * 1024;

    explicit HttpResponseReader(qsizetype maxBody);

    State feed(QByteArrayView bytes);
    // The connection closed: a body read to the close is Complete; anything short is Malformed.
    State finish();

    State state() const { return m_state; }
    bool done() const { return m_state >= State::Complete; }
    int status() const { return m_status; }
    // The value of the first field named name (case-insensitive), trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
    const QByteArray &body() const { return m_body; }
    QString error() const { return m_error; } // why Malformed (not translated: protocol detail)

private:
    State fail(State state, const char *error);
    State parseHead();
    State parseBody();

    qsizetype m_maxBody;
    State m_state = State::Head;
    QByteArray m_buffer; // bytes not consumed yet
    QByteArray m_head;   // the field lines, after the status line
    QByteArray m_body;
    int m_status = 0;
    enum class Framing { Length, Chunked, Close } m_framing = Framing::Close;
    qint64 m_remaining = 0; // Length: body bytes still due; Chunked: of the current chunk
    bool m_inChunk = false; // Chunked: inside a chunk's data (after its size line)
    bool m_trailer = false; // Chunked: the last chunk came, reading the trailer
    QString m_error;
};

} // namespace Transport
} // namespace Sceau
