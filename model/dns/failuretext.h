#pragma once

#include <QAbstractSocket>
#include <QString>

namespace Sceau {
namespace Dns {

// Translated sentences for what the libraries under the DNS code report in English (issue 12
// §5: no English fragment inside French text). Known codes map to a sentence; an unknown one
// is named by its number, inside a translated sentence.

// An ldns_status (ldns/error.h) other than LDNS_STATUS_OK: why a message, a record or a
// signature could not be read or verified.
QString ldnsStatusText(int status);

// A socket error (QAbstractSocket::errorString() is English).
QString socketErrorText(QAbstractSocket::SocketError error);

} // namespace Dns
} // namespace Sceau
