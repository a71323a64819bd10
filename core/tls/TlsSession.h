#pragma once

#include "OpenSslPtr.h"
#include "net/Socket.h"

#include <QByteArray>
#include <QStringList>

namespace hd {

class HandshakeRecorder;

struct TlsClientConfig
{
    QString serverName;               // SNI; empty sends none
    QStringList alpn = {QStringLiteral("http/1.1")};
    int minVersion = 0x0301;          // TLS 1.0: learn what the server does, judge it afterwards
    int maxVersion = 0x0304;
    // Everything this OpenSSL can speak, modern suites first (OpenSSL's own order): the
    // diagnosis should connect wherever possible and report weaknesses, not fail like a
    // strict client. Not "DEFAULT:ALL": the "!" rules inside DEFAULT would remove the rest
    // for good. Anonymous suites stay out: the point is to see the server's certificate.
    QByteArray cipherList = "ALL:!aNULL:@SECLEVEL=0";
    QByteArray cipherSuites;          // TLS 1.3 suites; empty keeps OpenSSL's defaults
    QByteArray groups;                // empty keeps OpenSSL's defaults
    bool requestOcspStaple = true;
};

struct HandshakeOutcome
{
    enum class Result {
        Established,
        PeerAlert,      // the server sent a fatal alert
        LocalFailure,   // our side gave up (malformed or unacceptable answer)
        PeerClosed,     // orderly close without an alert
        PeerReset,
        NotTls,         // the first bytes back are not a TLS record
        Timeout,
        Cancelled,
        NetworkError,
    };
    Result result = Result::LocalFailure;
    QString errorText;            // OpenSSL's reason or the OS error
    QByteArray firstBytes;        // the first bytes the server sent (up to 512), for not-TLS evidence
    int version = 0;
    QString cipher;
    QString alpn;
    QString keyExchange;          // "X25519", "DH", ... when known
    int keyExchangeBits = 0;
    QString keyExchangeGroup;     // the negotiated group's TLS name ("x25519", "brainpoolP256r1", "ffdhe2048"...)
    X509List presentedChain;      // as sent, leaf first
    QByteArray ocspStaple;
    int clientHelloBytes = 0;     // the first flight as it went out: the ClientHello's records
    bool established() const { return result == Result::Established; }
};

QString handshakeResultKey(HandshakeOutcome::Result result); // "established", "peer-alert", ...

// A TLS client session over our own socket, via memory BIOs: we see every byte before
// OpenSSL does (to recognise non-TLS answers), and every wait honours deadline and cancel.
class TlsSession : public ByteStream
{
public:
    TlsSession(Socket &socket, HandshakeRecorder &recorder);
    ~TlsSession() override;

    HandshakeOutcome handshake(const TlsClientConfig &config, QDeadlineTimer deadline, const CancelToken &cancel);
    NetResult write(const QByteArray &data, QDeadlineTimer deadline, const CancelToken &cancel) override;
    NetResult read(QByteArray *appendTo, QDeadlineTimer deadline, const CancelToken &cancel) override;
    SSL *ssl() const { return m_ssl.get(); }
    // Sends close_notify: servers that serve one connection at a time wait for the client
    // to finish, and an orderly end is what a polite client leaves behind. Does not wait
    // for the server's own close_notify.
    void shutdown(QDeadlineTimer deadline);

private:
    NetResult flush(QDeadlineTimer deadline, const CancelToken &cancel);
    NetResult receive(QDeadlineTimer deadline, const CancelToken &cancel);

    Socket &m_socket;
    HandshakeRecorder &m_recorder;
    SslCtxPtr m_ctx;
    SslPtr m_ssl;
    BIO *m_in = nullptr;   // owned by m_ssl
    BIO *m_out = nullptr;  // owned by m_ssl
    QByteArray m_firstBytes;
    int m_clientHelloBytes = 0;
};

QString takeOpenSslErrors(); // drains the thread's OpenSSL error queue into one line

} // namespace hd
