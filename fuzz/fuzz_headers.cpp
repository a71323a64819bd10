// Header values the checks interpret: Strict-Transport-Security and Date.
#include "FuzzInput.h"
#include "http/HeaderParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = hdfuzz::bytes(data, size);
    const hd::HstsPolicy policy = hd::parseHsts(value);
    if (policy.maxAgeSeconds < 0)
        __builtin_trap();
    (void)hd::hstsFacts(policy);
    const QDateTime date = hd::parseHttpDate(value);
    if (date.isValid())
        (void)date.toSecsSinceEpoch();
    return 0;
}
