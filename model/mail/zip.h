#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QStringList>

namespace Sceau {
namespace Mail {

// True when content starts with a zip local file header (APPNOTE 4.3.7: "PK\3\4").
bool isZip(const QByteArray &content);

// The first member of a zip archive whose name ends with one of suffixes (case-insensitive;
// any member when suffixes is empty), read through libzip. InvalidInput (translated reason)
// when the archive is damaged, holds no such member, or the member is larger than maxOutput
// bytes once inflated (a zip bomb is stopped there, whatever its header claims).
Result<QByteArray>
zipMember(const QByteArray &archive, const QStringList &suffixes, qsizetype maxOutput);

} // namespace Mail
} // namespace Sceau
