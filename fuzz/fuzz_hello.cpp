// ClientHello and ServerHello messages as OpenSSL's message callback hands them over, and
// the Certificate message whose entries are counted.
#include "FuzzInput.h"
#include "tls/HelloParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray message = hdfuzz::bytes(data, size);
    hd::tls::ClientHelloInfo client;
    if (hd::tls::parseClientHello(message, &client))
        (void)hd::tls::describe(client);
    hd::tls::ServerHelloInfo server;
    if (hd::tls::parseServerHello(message, &server))
        (void)hd::tls::describe(server);
    (void)hd::tls::countCertificates(message, false);
    (void)hd::tls::countCertificates(message, true);
    return 0;
}
