#pragma once

#include "ConnectionServer.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace testsupport {

// A device in the path on 127.0.0.1 in front of a server on targetPort, as firewalls,
// antivirus HTTPS scanners and proxies break TLS 1.3 (Chrome's ERR_SSL_VERSION_INTERFERENCE):
// it reads the client's first TLS record (the ClientHello) and then resets the connection,
// stalls it (reads and drops everything, answers nothing), or relays it and all that follows.
// As ConnectTunnel it is a company proxy that does not inspect: it answers the client's
// CONNECT with 200 and relays the tunnel unchanged to targetPort, whatever host was named.
class InterferingRelay
{
public:
    enum class Mode {
        PassAll,        // a well-behaved device: relays everything
        ResetTls13,     // resets every connection whose ClientHello offers TLS 1.3
        DropLarge,      // stalls every connection whose ClientHello record is over maxHelloBytes
        ConnectTunnel,  // an HTTP proxy's CONNECT tunnel: relays everything after the 200
    };

    InterferingRelay(quint16 targetPort, Mode mode, int maxHelloBytes = 512);
    ~InterferingRelay();
    InterferingRelay(const InterferingRelay &) = delete;
    InterferingRelay &operator=(const InterferingRelay &) = delete;

    bool start(QString *errorString);  // listens on 127.0.0.1, ephemeral port
    quint16 port() const;
    int interfered() const { return m_interfered.load(); }  // connections reset or stalled
    int relayed() const { return m_relayed.load(); }

    // The ClientHello's supported_versions list TLS 1.3 (0x0304); `record` is a whole TLS record.
    static bool offersTls13(const QByteArray &record);

private:
    void handle(Connection &client);

    const quint16 m_targetPort;
    const Mode m_mode;
    const int m_maxHelloBytes;
    std::atomic<int> m_interfered{0};
    std::atomic<int> m_relayed{0};
    std::unique_ptr<ConnectionServer> m_server;
};

} // namespace testsupport
