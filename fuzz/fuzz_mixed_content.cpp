// The page an HTTPS server returns, scanned for http:// subresources.
#include "FuzzInput.h"
#include "http/MixedContent.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const hd::MixedContentScan scan = hd::scanMixedContent(hdfuzz::bytes(data, size));
    if (scan.resources.size() > scan.activeCount + scan.passiveCount)
        __builtin_trap();
    return 0;
}
