#pragma once

#include "model/core/error.h"
#include "model/dmarc/aggregatereport.h"
#include "model/dmarc/failurereport.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dmarc {

// A report file (or a folder: a Maildir) is read at most this large.
inline constexpr qsizetype MaxReportFileSize = 256 * 1024 * 1024;

// One report read from a file, or why it could not be read: exactly one of the three is set.
struct ReadReport
{
    QString source; // the file; "<file>#<n>" for the n-th message (from 1) of an mbox or Maildir
                    // that holds several
    std::optional<AggregateReport> aggregate;
    std::optional<FailureReport> failure;
    std::optional<Error> error; // detail: translated reason naming source

    bool ok() const { return !error.has_value(); }
};

// The reports in content, read from source (a name for the messages): aggregate XML; gzip
// (.xml.gz) or zip (.zip) holding it (inflated at most MaxReportXmlSize: bombs are stopped);
// an mbox (RFC 4155: every message); a mail (.eml) — a failure report (ARF, RFC 5965), or an
// aggregate report attached as XML, gzip (RFC 9990 §3.5.2) or zip (RFC 7489). A message or file
// with none gives one ReadReport with an error; the others are still read.
QList<ReadReport> readReports(const QByteArray &content, const QString &source);

// readReports() on a file, or on every message of a Maildir folder (cur/ and new/). A file
// that cannot be opened, or larger than MaxReportFileSize, gives one error naming it.
QList<ReadReport> readReportPath(const QString &path);

// readReportPath() on each of paths, off the calling thread (the global thread pool): one
// result per path, in order; progress counts the paths read. Canceling the future stops
// before the next path.
QFuture<QList<ReadReport>> readReportPaths(const QStringList &paths);

} // namespace Dmarc
} // namespace Sceau
