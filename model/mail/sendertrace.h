#pragma once

#include "model/dkim/message.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Sceau {
namespace Mail {

// Where the facts SPF needs about a received message came from.
enum class TraceSource {
    None,
    ReceivedSpf,           // Received-SPF client-ip=, envelope-from=, helo= (RFC 7208 §9.1)
    AuthenticationResults, // Authentication-Results spf smtp.mailfrom= / smtp.helo= (RFC 8601)
    Received,              // Received "from HELO (… [IP])" (RFC 5321 §4.4)
    ReturnPath,            // Return-Path: the MAIL FROM written at delivery (RFC 5321 §4.4)
};
QString traceSourceToken(TraceSource source); // "received-spf", "authentication-results"…

// The connecting IP, MAIL FROM and HELO of the last hop, as the receiving side wrote them.
struct SenderTrace
{
    QHostAddress ip;
    TraceSource ipSource = TraceSource::None;
    QString mailFrom; // the address as written, without <>; empty: a null sender or unknown
    bool mailFromKnown = false;
    TraceSource mailFromSource = TraceSource::None;
    QString helo;
    TraceSource heloSource = TraceSource::None;
    QString evidence; // the trusted fields read, unfolded, one per line
};

// The bytes of one trace field read (untrusted input is bounded: the patterns below stay linear
// in this, whatever the field's size). RFC 5322 §2.1.1 lines are at most 998 characters; a
// trace field of many folded lines rarely passes 1 KiB.
inline constexpr qsizetype MaxTraceFieldSize = 8192;

// Reads only the fields the receiving side wrote: those above the second Received field from
// the top (RFC 5321 §4.4: each hop prepends its trace fields, so everything below the second
// Received may have been written by the sender or a relay). Within them, in this order of
// trust: Received-SPF (it names the very IP, MAIL FROM and HELO its SPF check used), then
// Authentication-Results' spf method for the identities, then the topmost Received's from
// clause for the IP and HELO, then Return-Path for the MAIL FROM. A null ip: none was found.
SenderTrace findSender(const QList<Dkim::HeaderField> &headers);

} // namespace Mail
} // namespace Sceau
