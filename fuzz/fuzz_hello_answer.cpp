// The server's answer to the hand-built ClientHellos of the version and suite probes.
#include "FuzzInput.h"
#include "probes/ClientHelloBuilder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray received = hdfuzz::bytes(data, size);
    (void)hd::helloFlightComplete(received);
    for (const hd::NetError error : {hd::NetError::None, hd::NetError::Closed})
        (void)hd::readHelloAnswer(received, error);
    return 0;
}
