#pragma once

// The one place where the test servers touch the operating system's socket layer.
// Everything that OpenSSL's BIO socket API covers goes through it; the few calls it
// lacks (millisecond waits, half-close, abortive close, a chosen listen backlog) live
// in SocketSeam.cpp and nowhere else, so a port to another OS has one file to change.

#include <QString>
#include <QtGlobal>

namespace testsupport::net {

constexpr int kInvalidSocket = -1;

// Listens on 127.0.0.1:port (0 = ephemeral). The socket is non-blocking so an accept
// loop can wait with a timeout. backlog < 0 keeps the library's default backlog.
int listenOnLoopback(quint16 port, int backlog, QString *errorString);

// The local port a socket is bound to, 0 on failure.
quint16 localPort(int socket);

// Accepts one pending connection as a non-blocking socket, kInvalidSocket if none.
int acceptConnection(int listeningSocket);

// Starts a non-blocking connect to 127.0.0.1:port; completion is seen with waitForSocket().
int startConnectToLoopback(quint16 port);

// True once the socket is readable (forRead) or writable, also on error or hang-up so
// the caller's next read/write reports it. False on timeout.
bool waitForSocket(int socket, bool forRead, int timeoutMs);

// True when a non-blocking connect has completed successfully.
bool isConnected(int socket);

// Non-blocking read/write. Return bytes transferred, 0 for end of stream (read only),
// kWouldBlock when nothing can be done now, kFailed on error.
constexpr qint64 kWouldBlock = -1;
constexpr qint64 kFailed = -2;
qint64 readSome(int socket, char *data, qint64 maxSize);
qint64 peekSome(int socket, char *data, qint64 maxSize);  // like readSome, leaving the bytes queued
qint64 writeSome(int socket, const char *data, qint64 size);

void shutdownWrite(int socket);   // sends FIN, keeps reading possible
void closeWithReset(int socket);  // SO_LINGER 0: the peer sees RST instead of FIN
void closeSocket(int socket);

} // namespace testsupport::net
