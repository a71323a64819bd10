#pragma once

#include "TlsTestServer.h"

#include <openssl/ssl.h>

namespace testsupport {

// The SSL_CTX shared by all connections of one TlsTestServer, together with the callbacks
// that choose a certificate chain by SNI name and staple the OCSP response. The callbacks
// read the server's Config, which must outlive this object.
class TlsServerContext
{
public:
    explicit TlsServerContext(const TlsTestServer::Config &config);
    ~TlsServerContext();
    TlsServerContext(const TlsServerContext &) = delete;
    TlsServerContext &operator=(const TlsServerContext &) = delete;

    bool initialize(QString *errorString);
    SSL *newSsl() const;  // caller owns; null on failure

private:
    bool applyProtocolSettings(QString *errorString);
    bool applyDhGroup(QString *errorString);
    bool applyCertificates(QString *errorString);
    void applyCallbacks();
    bool matchesDefaultChain(const char *serverName) const;
    const QList<TestCertificate> *chainForServerName(const char *serverName) const;

    static int onServerName(SSL *ssl, int *alert, void *self);
    static int onStatusRequest(SSL *ssl, void *self);

    const TlsTestServer::Config &m_config;
    SSL_CTX *m_context = nullptr;
};

} // namespace testsupport
