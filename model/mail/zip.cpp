#include "model/mail/zip.h"

#include "model/mail/tr.h"

#include <zip.h>

#include <memory>

namespace Sceau::Mail {

namespace {
Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
} // namespace

bool isZip(const QByteArray &content)
{
    return content.startsWith(QByteArrayView("PK\x03\x04", 4));
}

Result<QByteArray>
zipMember(const QByteArray &archive, const QStringList &suffixes, qsizetype maxOutput)
{
    zip_error_t error;
    zip_error_init(&error);
    // The buffer is not copied nor freed by libzip (freep = 0); it outlives the archive.
    zip_source_t *source
        = zip_source_buffer_create(archive.constData(), zip_uint64_t(archive.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return invalid(Tr::tr("the zip archive cannot be read"));
    }
    std::unique_ptr<zip_t, ArchiveCloser> zip(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!zip) {
        zip_source_free(source);
        //: %1 libzip's reason
        const QString why = Tr::tr("the zip archive is damaged: %1")
                                .arg(QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return invalid(why);
    }
    zip_error_fini(&error);
    const zip_int64_t entries = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(zip.get(), zip_uint64_t(i), 0));
        if (name.endsWith(u'/'))
            continue; // a folder
        bool wanted = suffixes.isEmpty();
        for (const QString &suffix : suffixes)
            wanted = wanted || name.endsWith(suffix, Qt::CaseInsensitive);
        if (!wanted)
            continue;
        std::unique_ptr<zip_file_t, FileCloser> file(
            zip_fopen_index(zip.get(), zip_uint64_t(i), 0));
        if (!file)
            return invalid(Tr::tr("the zip archive is damaged: %1")
                               .arg(QString::fromUtf8(zip_strerror(zip.get()))));
        // Read in chunks and stop past maxOutput: the size in the header is not trusted.
        QByteArray out;
        char buffer[16384];
        for (;;) {
            const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
            if (got < 0)
                return invalid(Tr::tr("the zip archive is damaged: %1")
                                   .arg(QString::fromUtf8(zip_file_strerror(file.get()))));
            if (got == 0)
                break;
            out.append(buffer, qsizetype(got));
            if (out.size() > maxOutput)
                //: %1 a number of bytes
                return invalid(Tr::tr("the report inflates to more than %1 bytes").arg(maxOutput));
        }
        return out;
    }
    return invalid(Tr::tr("the zip archive holds no report"));
}

} // namespace Sceau::Mail
