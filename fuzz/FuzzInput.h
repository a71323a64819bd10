#pragma once

// What each libFuzzer target starts from: the fuzzer's bytes as Qt types.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace hdfuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text as a user or a server would send it: UTF-8, invalid sequences included.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace hdfuzz
