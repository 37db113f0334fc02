#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The libFuzzer entry point every target in tests/fuzz defines (one per model parser).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Sceau::Fuzz {

// The fuzzer's bytes as a QByteArray (copied: the model may keep it beyond the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property the model promises; a broken one stops the fuzzer like a crash would.
#define SCEAU_FUZZ_ASSERT(condition)                                                               \
    do {                                                                                           \
        if (!(condition))                                                                          \
            __builtin_trap();                                                                      \
    } while (false)

} // namespace Sceau::Fuzz
