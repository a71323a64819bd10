// Host-name matching: the input is HOST, a newline, then the certificate's PATTERN.
#include "FuzzInput.h"
#include "cert/HostnameMatch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = hdfuzz::text(data, size);
    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    const QString host = newline < 0 ? input : input.left(newline);
    const QString pattern = newline < 0 ? input : input.mid(newline + 1);
    (void)hd::hostMatchesPattern(host, pattern);
    return 0;
}
