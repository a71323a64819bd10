#pragma once

#include "DiagnosisOptions.h"
#include "Socket.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace hd {

// An HTTP proxy that tunnels TLS with CONNECT, as a browser uses it.
struct ProxyServer
{
    QString host;
    quint16 port = 0;
    QString user;
    QString password;   // in memory for this run only, never stored
    QString source;     // "option" (--proxy, the window's options) or "system"
    bool isSet() const { return !host.isEmpty(); }
    QString display() const; // "host:port", without credentials
    QByteArray authorizationLine() const; // "Proxy-Authorization: Basic …\r\n", or empty without a user

    // "http://[user:password@]host[:port]" or "host:port"; false for anything else.
    static bool parse(const QString &text, ProxyServer *out);
};

// The HTTP proxy a browser on this computer would use for the URL (environment variables
// on Linux, the system settings on Windows and macOS), or the given one; unset for none.
// A system SOCKS proxy is not one this program can tunnel through: it goes directly.
ProxyServer chooseProxy(ProxyMode mode, const QString &given, const QUrl &destination);

// The proxy's answer to CONNECT: its status line and, on a 407, the scheme it asks for.
struct ConnectAnswer
{
    NetResult error;     // no complete answer: closed, reset, timeout...
    int status = 0;
    QString statusLine;  // as received, for evidence
    QString authScheme;  // the login scheme asked for ("Basic", "Negotiate", ...)
    bool tunnelOpen() const { return error.ok() && status >= 200 && status < 300; }
};

// A proxy whose address is known: what every extra connection needs to go the same way.
struct ProxyRoute
{
    ProxyServer server;
    QHostAddress address;
    bool isSet() const { return server.isSet(); }
};

class ProxyTunnel
{
public:
    // On a socket connected to the proxy: asks it for a tunnel to host:port and reads the
    // head of its answer. After a 2xx the socket carries the tunnel.
    static ConnectAnswer request(Socket &socket, const ProxyServer &proxy, const QString &host, quint16 port,
                                 QDeadlineTimer deadline, const CancelToken &cancel);

    // The one way an extra connection to the server opens: directly to address:port, or
    // through the route's proxy to host:port. Ready for TLS when it returns ok.
    static NetResult open(Socket &socket, const ProxyRoute &route, const QHostAddress &address, const QString &host,
                          quint16 port, QDeadlineTimer deadline, const CancelToken &cancel);
};

} // namespace hd
