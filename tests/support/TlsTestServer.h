#pragma once

#include "ConnectionServer.h"
#include "StartTlsDialogue.h"
#include "TestCertificates.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <memory>

namespace testsupport {

class Connection;
class ConnectionServer;
class TlsServerContext;

// A real TLS server on 127.0.0.1 that can also misbehave in the ways a diagnosis tool has
// to recognise. Each connection runs on its own thread; stop() returns within about
// 100 ms even with clients connected to a server that never answers.
// Starting any test server sets SIGPIPE to "ignore" for the whole process, because libssl
// writes to sockets with write(2) and a client that reset would otherwise kill the process.
class TlsTestServer
{
public:
    enum class Behavior {
        Tls,                    // TLS handshake, then answers one HTTP request with httpResponse
        Hang,                   // accepts TCP, reads and never answers
        ResetOnAccept,          // accepts, then resets (RST) at once
        CloseAfterClientHello,  // reads the ClientHello record, then closes cleanly (FIN), no alert
        ResetAfterClientHello,  // reads the ClientHello record, then resets (RST)
        PlainHttp,              // plain HTTP/1.1: reads the request, answers "400 Bad Request", closes
        Banner,                 // writes bannerText on accept (like SSH/SMTP), closes once the client went quiet
        Garbage,                // answers the ClientHello with random-looking non-TLS bytes, then closes
    };

    struct Config {
        Behavior behavior = Behavior::Tls;
        QList<TestCertificate> chain;  // what the server sends: leaf first (+ intermediates, optionally root)
        // SNI name -> chain, used when the client's SNI equals the name (case-insensitive).
        QMap<QString, QList<TestCertificate>> chainsByServerName;
        // SNI given but neither in chainsByServerName nor matched by the default chain's leaf
        // (X509_check_host, so SANs, wildcards and CN fallback count) => fatal unrecognized_name.
        bool rejectUnknownServerName = false;
        // The same case answered with a warning-level unrecognized_name alert and the default
        // chain. TLS 1.3 has no warning alerts, so there OpenSSL sends nothing.
        bool warnUnknownServerName = false;
        // Client certificates are requested but never verified: any certificate is accepted,
        // the tests only care whether one was sent.
        bool requireClientCertificate = false;  // SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT
        bool requestClientCertificate = false;  // SSL_VERIFY_PEER only
        int minProtocol = 0, maxProtocol = 0;   // e.g. TLS1_VERSION..TLS1_3_VERSION; 0 = library default
        QByteArray cipherList;    // TLS <= 1.2 cipher string; may carry its own @SECLEVEL=n
        QByteArray cipherSuites;  // TLS 1.3 suites
        QByteArray groups;        // e.g. "P-256:X25519"
        bool preferServerCiphers = false;  // choose by cipherList's order, not the client's
        // > 0: finite-field DHE with the well-known MODP group of that size: 1024 = RFC 2409
        // Oakley group 2 (the "weak DH" of old Apache setups), 1536..8192 = RFC 3526.
        int dhBits = 0;
        QByteArray ocspStapleDer;  // stapled when the client asks for certificate status
        QByteArray httpResponse;   // full raw response; empty: "200 OK" with a tiny HTML page
        QMap<QByteArray, QByteArray> httpResponsesByPath;  // request path -> raw response, else httpResponse
        QByteArray bannerText = "SSH-2.0-OpenSSH_9.2p1\r\n";
        int securityLevel = 0;     // 0 so weak test setups (RSA-1024, SHA-1, TLS 1.0) still load
        quint16 port = 0;          // 0: ephemeral
        ConnectionLimits limits;   // one at a time, resetting extra connections, a rate limit
        int answerDelayMs = 0;     // a slow server: answers each client this long after its first bytes
        // A mail, directory or database server: this protocol's plain-text part first, then
        // (for behavior Tls) the handshake.
        StartTlsProtocol startTls = StartTlsProtocol::None;
        // An intercepting proxy: answers the client's CONNECT with 200, then serves TLS with
        // `chain` itself instead of tunnelling to the site (a TLS inspection box).
        bool interceptConnect = false;
        StartTlsVariant startTlsVariant = StartTlsVariant::Upgrade;
    };

    explicit TlsTestServer(Config config);
    ~TlsTestServer();  // stops and joins everything
    TlsTestServer(const TlsTestServer &) = delete;
    TlsTestServer &operator=(const TlsTestServer &) = delete;

    bool start();  // listens on 127.0.0.1:config.port; false with errorString() on failure
    quint16 port() const;
    QString errorString() const;
    int acceptedConnections() const;  // thread-safe
    int limitedConnections() const;   // reset by config.limits
    // Connections the client closed without sending a byte: what a polite client never
    // leaves behind (a single-threaded server may wait on such a connection).
    int silentConnections() const;
    void stop();

private:
    void serve(Connection &connection) const;
    void serveTls(Connection &connection) const;
    void servePlainHttp(Connection &connection) const;

    bool clientSentSomething(Connection &connection) const;

    const Config m_config;
    mutable std::atomic<int> m_silent{0};
    QString m_errorString;
    std::unique_ptr<TlsServerContext> m_context;
    std::unique_ptr<ConnectionServer> m_server;
};

} // namespace testsupport
