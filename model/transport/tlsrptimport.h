#pragma once

#include "model/core/result.h"
#include "model/transport/tlsrptreport.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Transport {

// A report file is read at most this large (a mail with a compressed report is small).
inline constexpr qsizetype MaxTlsRptFileSize = 32 * 1024 * 1024;

// The report JSON inside what a reporter sends (RFC 8460 §5): the JSON itself; gzip
// (application/tlsrpt+gzip, .json.gz: RFC 1952, inflated by zlib and stopped past
// MaxTlsRptJsonSize); or a mail (RFC 5322, .eml) whose MIME parts (multipart nested at most
// 4 deep, at most 100 parts) include one that is application/tlsrpt+json or +gzip, or a
// .json/.json.gz attachment, in base64, quoted-printable or as is. InvalidInput (translated
// reason) when none of these is found.
Result<QByteArray> tlsRptJson(const QByteArray &content);

// tlsRptJson() then parseTlsRptReport(); a file larger than MaxTlsRptFileSize, or one that
// cannot be read, is FileUnreadable naming it.
Result<TlsRptReport> importTlsRptReport(const QByteArray &content);
Result<TlsRptReport> importTlsRptFile(const QString &path);

} // namespace Transport
} // namespace Sceau
