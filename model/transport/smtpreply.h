#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Transport {

// One SMTP reply (RFC 5321 §4.2): a three-digit code and its text lines ("250-PIPELINING",
// "250 STARTTLS" give lines {"PIPELINING", "STARTTLS"}).
struct SmtpReply
{
    int code = 0;
    // The text after the code and separator, one entry per line, as it may be shown: the
    // server is a stranger, so every octet outside printable ASCII is escaped "\DDD" and a
    // backslash "\\" (Dns::escapeText, the one rule for showing untrusted text), and no
    // control byte reaches a transcript, a finding, a terminal or JSON.
    QStringList lines;

    bool positive() const { return code >= 200 && code < 400; }
    bool transient() const { return code >= 400 && code < 500; } // 4yz: try again later
    bool permanent() const { return code >= 500; }

    // The EHLO keywords (RFC 5321 §4.1.1.1): the first word of each line after the greeting,
    // upper-cased ("STARTTLS", "AUTH", "SIZE").
    QStringList ehloKeywords() const;
    // The parameters of keyword ("AUTH" → {"PLAIN", "LOGIN"}), upper-cased; empty if absent.
    QStringList ehloParameters(const QString &keyword) const;
};

// Reads replies from the bytes a server sends, bounded (the server is a stranger): a line is
// at most 512 octets with its CRLF (RFC 5321 §4.5.3.1.5), a reply at most 100 lines. A line
// that breaks the syntax or a bound makes the reader fail for good.
class SmtpReplyReader
{
public:
    static constexpr int MaxLineLength = 512;
    static constexpr int MaxLines = 100;

    void feed(QByteArrayView bytes);
    // The next complete reply, if one has arrived.
    std::optional<SmtpReply> next();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // what was wrong, never translated
    // Bytes received after the last complete reply (a server that talks out of turn).
    qsizetype pending() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    SmtpReply m_partial;
    QString m_error;
};

} // namespace Transport
} // namespace Sceau
