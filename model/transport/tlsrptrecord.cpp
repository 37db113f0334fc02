#include "model/transport/tlsrptrecord.h"

#include "model/transport/tr.h"

#include <QRegularExpression>
#include <QUrl>

namespace Sceau::Transport {

namespace {
const QByteArray Version = QByteArrayLiteral("v=TLSRPTv1");

// RFC 8460 §3: records that do not begin with "v=TLSRPTv1" are discarded.
bool beginsWithVersion(const QByteArray &text)
{
    if (!text.startsWith(Version))
        return false;
    if (text.size() == Version.size())
        return true;
    const char next = text.at(Version.size());
    return next == ';' || next == ' ' || next == '\t';
}

Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}
} // namespace

bool isTlsRptUri(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    if (url.scheme().compare(QLatin1StringView("mailto"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression address(
            QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
        return address.match(url.path(QUrl::FullyDecoded)).hasMatch();
    }
    return url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0
           && !url.host().isEmpty();
}

Result<TlsRptRecord> parseTlsRptRecord(const QByteArray &text)
{
    // RFC 8460 §3:
    //   tlsrpt-record = tlsrpt-version 1*(field-delim tlsrpt-field) [field-delim]
    //   field-delim = *WSP ";" *WSP
    //   tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
    //   tlsrpt-extension = tlsrpt-ext-name "=" tlsrpt-ext-value
    if (text.size() > MaxTlsRptRecordLength)
        return invalid(
            Tr::tr("the record is longer than %1 characters").arg(MaxTlsRptRecordLength));
    if (!beginsWithVersion(text))
        return invalid(Tr::tr("the record does not begin with v=TLSRPTv1"));
    QList<QByteArray> fields = text.mid(Version.size()).split(';');
    if (fields.size() < 2 || !fields.first().trimmed().isEmpty())
        return invalid(Tr::tr("v=TLSRPTv1 must be followed by \";\" and the fields"));
    fields.removeFirst();
    if (fields.last().trimmed().isEmpty())
        fields.removeLast();
    static const QRegularExpression extName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    std::optional<TlsRptRecord> record;
    for (const QByteArray &raw : std::as_const(fields)) {
        const QString field = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = field.indexOf(u'=');
        if (eq <= 0)
            //: %1 a field of the record, as published
            return invalid(Tr::tr("\"%1\" is not a name=value field").arg(field));
        const QString name = field.left(eq);
        if (name != QLatin1StringView("rua")) {
            if (!extName.match(name).hasMatch() || field.size() == eq + 1)
                return invalid(Tr::tr("\"%1\" is not a valid extension field").arg(field));
            continue;
        }
        if (record)
            return invalid(Tr::tr("the record has more than one rua"));
        record = TlsRptRecord{};
        const QStringList uris = field.mid(eq + 1).split(u',');
        if (uris.size() > MaxTlsRptUris)
            return invalid(Tr::tr("rua lists more than %1 addresses").arg(MaxTlsRptUris));
        for (const QString &rawUri : uris) {
            const QString uri = rawUri.trimmed();
            if (uri.isEmpty())
                return invalid(Tr::tr("rua has an empty address"));
            record->rua << uri;
            if (!isTlsRptUri(uri))
                record->unsupported << uri;
        }
    }
    if (!record)
        return invalid(Tr::tr("the record has no rua"));
    if (record->unsupported.size() == record->rua.size())
        return invalid(Tr::tr("rua has no mailto: or https: address senders can use"));
    return *record;
}

TlsRptRecordSelection selectTlsRptRecord(const QList<QByteArray> &txtValues)
{
    return selectRecord<TlsRptRecord>(txtValues, beginsWithVersion, parseTlsRptRecord);
}

QString tlsRptRecordText(const QStringList &uris)
{
    QStringList written;
    for (QString uri : uris) {
        uri = uri.trimmed();
        if (uri.isEmpty())
            continue;
        if (!uri.contains(u':'))
            uri.prepend(QStringLiteral("mailto:"));
        uri.replace(u',', QStringLiteral("%2C")).replace(u';', QStringLiteral("%3B"));
        written << uri;
    }
    return QStringLiteral("v=TLSRPTv1; rua=%1").arg(written.join(u','));
}

} // namespace Sceau::Transport
