#include "model/dmarc/reportimport.h"

#include "model/dmarc/aggregateparser.h"
#include "model/dmarc/tr.h"
#include "model/mail/gzip.h"
#include "model/mail/mailbox.h"
#include "model/mail/mimeparts.h"
#include "model/mail/zip.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace Sceau::Dmarc {

namespace {

ReadReport failed(const QString &source, const QString &reason)
{
    //: %1 a file (or file#message), %2 why it could not be read
    return ReadReport{source,
                      std::nullopt,
                      std::nullopt,
                      Error{ErrorCode::InvalidInput, Tr::tr("%1: %2").arg(source, reason)}};
}

bool looksLikeXml(const QByteArray &content)
{
    QByteArrayView view(content);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3); // UTF-8 byte order mark
    return view.trimmed().startsWith('<');
}

// The XML of a report that is XML, gzip or zip: RFC 9990 §3.5.2 names XML and gzip; zip is
// what reporters following RFC 7489 §7.2.1.1 still send.
Result<QByteArray> reportXml(const QByteArray &content)
{
    if (Mail::isGzip(content))
        return Mail::gunzip(content, MaxReportXmlSize);
    if (Mail::isZip(content))
        return Mail::zipMember(content, {QStringLiteral(".xml")}, MaxReportXmlSize);
    return content;
}

ReadReport aggregate(const QByteArray &content, const QString &source)
{
    const auto xml = reportXml(content);
    if (!xml)
        return failed(source, xml.error().detail);
    const auto report = parseAggregateReport(*xml);
    if (!report)
        return failed(source, report.error().detail);
    return ReadReport{source, *report, std::nullopt, std::nullopt};
}

// A mail: a failure report, or the first attachment that is an aggregate report.
ReadReport fromMail(const QByteArray &message, const QString &source)
{
    const QList<Mail::MimePart> parts = Mail::mimeParts(message);
    for (const Mail::MimePart &part : parts) {
        if (part.mediaType == "message/feedback-report") {
            const auto report = parseFailureReport(message);
            if (!report)
                return failed(source, report.error().detail);
            return ReadReport{source, std::nullopt, *report, std::nullopt};
        }
    }
    for (const Mail::MimePart &part : parts) {
        const QByteArray name = part.fileName.toLower();
        const bool byName = name.endsWith(".xml") || name.endsWith(".gz") || name.endsWith(".zip");
        const bool byType = part.mediaType.endsWith("/gzip") || part.mediaType.endsWith("/zip")
                            || part.mediaType.endsWith("/x-zip-compressed")
                            || part.mediaType.endsWith("/xml");
        if (byName || byType || Mail::isGzip(part.body) || Mail::isZip(part.body))
            return aggregate(part.body, source);
    }
    if (const auto report = parseFailureReport(message))
        return ReadReport{source, std::nullopt, *report, std::nullopt};
    return failed(source,
                  Tr::tr("no DMARC report found: not XML, gzip or zip, and the mail carries "
                         "neither an aggregate report nor a failure report"));
}

} // namespace

QList<ReadReport> readReports(const QByteArray &content, const QString &source)
{
    if (content.trimmed().isEmpty())
        return {failed(source, Tr::tr("the file is empty"))};
    if (Mail::isGzip(content) || Mail::isZip(content) || looksLikeXml(content))
        return {aggregate(content, source)};
    if (Mail::isMbox(content)) {
        QList<ReadReport> reports;
        const QList<QByteArray> messages = Mail::splitMbox(content);
        for (qsizetype i = 0; i < messages.size(); ++i)
            reports << fromMail(messages.at(i),
                                messages.size() == 1 ? source
                                                     : source + u'#' + QString::number(i + 1));
        return reports;
    }
    return {fromMail(content, source)};
}

QList<ReadReport> readReportPath(const QString &path)
{
    if (Mail::isMaildir(path)) {
        QList<ReadReport> reports;
        const QStringList files = Mail::maildirMessages(path);
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString source = path + u'#' + QString::number(i + 1);
            QFile file(files.at(i));
            if (!file.open(QIODevice::ReadOnly) || file.size() > MaxReportFileSize) {
                reports << failed(source, Tr::tr("cannot be read, or is too large"));
                continue;
            }
            reports << fromMail(file.read(MaxReportFileSize), source);
        }
        if (reports.isEmpty())
            reports << failed(path, Tr::tr("the Maildir holds no message"));
        return reports;
    }
    QFile file(path);
    if (QFileInfo(path).isDir())
        return {failed(path, Tr::tr("is a folder but not a Maildir (no cur/ and new/)"))};
    if (!file.open(QIODevice::ReadOnly))
        //: %1 the system's reason
        return {failed(path, Tr::tr("cannot be opened: %1").arg(file.errorString()))};
    if (file.size() > MaxReportFileSize)
        //: %1 a number of bytes
        return {failed(path, Tr::tr("is larger than %1 bytes").arg(MaxReportFileSize))};
    return readReports(file.read(MaxReportFileSize), path);
}

QFuture<QList<ReadReport>> readReportPaths(const QStringList &paths)
{
    return QtConcurrent::run([paths](QPromise<QList<ReadReport>> &promise) {
        promise.setProgressRange(0, int(paths.size()));
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (promise.isCanceled())
                return;
            promise.addResult(readReportPath(paths.at(i)));
            promise.setProgressValue(int(i + 1));
        }
    });
}

} // namespace Sceau::Dmarc
