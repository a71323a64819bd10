// An HTTP/1.1 response: status line, headers, plain or chunked body.
#include "FuzzInput.h"
#include "http/HttpExchange.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = hdfuzz::bytes(data, size);
    const hd::HttpResponse response = hd::HttpExchange::parse(raw);
    // Decoding only removes framing: the body never outgrows what arrived.
    if (response.body.size() > raw.size())
        __builtin_trap();
    (void)response.header("Location");
    return 0;
}
