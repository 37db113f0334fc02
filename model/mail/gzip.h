#pragma once

#include "model/core/result.h"

#include <QByteArray>

namespace Sceau {
namespace Mail {

// True when content starts with the gzip magic bytes (RFC 1952 §2.3.1: 1f 8b).
bool isGzip(const QByteArray &content);

// RFC 1952 through zlib. Stops with InvalidInput (translated reason) once the output passes
// maxOutput bytes (a small file may inflate hugely: a gzip bomb), or when the data is damaged
// or cut short. Returns the inflated bytes.
Result<QByteArray> gunzip(const QByteArray &compressed, qsizetype maxOutput);

} // namespace Mail
} // namespace Sceau
