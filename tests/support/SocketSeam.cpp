#include "SocketSeam.h"

#include <openssl/bio.h>
#include <openssl/err.h>

#include <csignal>
#include <memory>
#include <mutex>

#ifdef _WIN32
#  include <winsock2.h>
#else
#  include <poll.h>
#  include <sys/socket.h>
#endif

namespace testsupport::net {
namespace {

#ifdef _WIN32
constexpr int kShutdownWrite = SD_SEND;
constexpr int kSendFlags = 0;
int pollSockets(pollfd *fds, unsigned long count, int timeoutMs) { return WSAPoll(fds, count, timeoutMs); }
#else
constexpr int kShutdownWrite = SHUT_WR;
// A peer that reset the connection must not kill the test process with SIGPIPE. macOS has no
// MSG_NOSIGNAL; there the process-wide SIG_IGN below covers send() as well.
#  ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL;
#  else
constexpr int kSendFlags = 0;
#  endif
int pollSockets(pollfd *fds, nfds_t count, int timeoutMs) { return ::poll(fds, count, timeoutMs); }
#endif

// libssl writes with write(2), which has no MSG_NOSIGNAL: a TLS server thread writing to a
// client that already reset would raise SIGPIPE and end the whole test run. Ignoring the
// signal makes those writes fail with EPIPE instead, which the servers handle.
void ignoreBrokenPipeOnce()
{
#ifndef _WIN32
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
#endif
}

struct AddressInfoDeleter {
    void operator()(BIO_ADDRINFO *info) const { BIO_ADDRINFO_free(info); }
};
using AddressInfoPtr = std::unique_ptr<BIO_ADDRINFO, AddressInfoDeleter>;

AddressInfoPtr resolveLoopback(quint16 port, int lookupType)
{
    BIO_ADDRINFO *info = nullptr;
    const QByteArray service = QByteArray::number(port);
    if (!BIO_lookup_ex("127.0.0.1", service.constData(), lookupType, AF_INET, SOCK_STREAM, 0, &info))
        return nullptr;
    return AddressInfoPtr(info);
}

QString lastOpenSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QLatin1String(what);
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(text));
}

// A chosen backlog needs listen(2) itself: BIO_listen() always uses its own.
bool bindAndListen(int socket, const BIO_ADDR *address, int backlog)
{
    if (backlog < 0)
        return BIO_listen(socket, address, BIO_SOCK_REUSEADDR | BIO_SOCK_NONBLOCK) == 1;
    return BIO_bind(socket, address, BIO_SOCK_REUSEADDR) == 1 && ::listen(socket, backlog) == 0
        && BIO_socket_nbio(socket, 1) == 1;
}

} // namespace

int listenOnLoopback(quint16 port, int backlog, QString *errorString)
{
    ignoreBrokenPipeOnce();
    const AddressInfoPtr info = resolveLoopback(port, BIO_LOOKUP_SERVER);
    if (!info) {
        *errorString = lastOpenSslError("cannot resolve 127.0.0.1");
        return kInvalidSocket;
    }
    const int socket = BIO_socket(AF_INET, SOCK_STREAM, BIO_ADDRINFO_protocol(info.get()), 0);
    if (socket == kInvalidSocket) {
        *errorString = lastOpenSslError("cannot create socket");
        return kInvalidSocket;
    }
    if (!bindAndListen(socket, BIO_ADDRINFO_address(info.get()), backlog)) {
        *errorString = lastOpenSslError("cannot listen on 127.0.0.1");
        BIO_closesocket(socket);
        return kInvalidSocket;
    }
    return socket;
}

quint16 localPort(int socket)
{
    BIO_sock_info_u info;
    info.addr = BIO_ADDR_new();
    quint16 port = 0;
    if (info.addr && BIO_sock_info(socket, BIO_SOCK_INFO_ADDRESS, &info)) {
        char *service = BIO_ADDR_service_string(info.addr, 1);
        port = service ? QByteArray(service).toUShort() : 0;
        OPENSSL_free(service);
    }
    BIO_ADDR_free(info.addr);
    return port;
}

int acceptConnection(int listeningSocket)
{
    const int socket = BIO_accept_ex(listeningSocket, nullptr, BIO_SOCK_NONBLOCK | BIO_SOCK_NODELAY);
    // "Nothing pending" is not an error worth keeping on this thread's queue.
    ERR_clear_error();
    return socket;
}

int startConnectToLoopback(quint16 port)
{
    ignoreBrokenPipeOnce();
    const AddressInfoPtr info = resolveLoopback(port, BIO_LOOKUP_CLIENT);
    if (!info)
        return kInvalidSocket;
    const int socket = BIO_socket(AF_INET, SOCK_STREAM, BIO_ADDRINFO_protocol(info.get()), 0);
    if (socket == kInvalidSocket)
        return kInvalidSocket;
    // A non-blocking connect "fails" with EINPROGRESS; the outcome is read with isConnected().
    BIO_connect(socket, BIO_ADDRINFO_address(info.get()), BIO_SOCK_NONBLOCK);
    ERR_clear_error();
    return socket;
}

bool waitForSocket(int socket, bool forRead, int timeoutMs)
{
    pollfd entry = {};
    entry.fd = socket;
    entry.events = forRead ? POLLIN : POLLOUT;
    return pollSockets(&entry, 1, timeoutMs) != 0;
}

bool isConnected(int socket)
{
    return waitForSocket(socket, false, 0) && BIO_sock_error(socket) == 0;
}

qint64 readSome(int socket, char *data, qint64 maxSize)
{
    const auto result = ::recv(socket, data, static_cast<size_t>(maxSize), 0);
    if (result >= 0)
        return result;
    return BIO_sock_should_retry(-1) ? kWouldBlock : kFailed;
}

qint64 peekSome(int socket, char *data, qint64 maxSize)
{
    const auto result = ::recv(socket, data, static_cast<size_t>(maxSize), MSG_PEEK);
    if (result >= 0)
        return result;
    return BIO_sock_should_retry(-1) ? kWouldBlock : kFailed;
}

qint64 writeSome(int socket, const char *data, qint64 size)
{
    const auto result = ::send(socket, data, static_cast<size_t>(size), kSendFlags);
    if (result >= 0)
        return result;
    return BIO_sock_should_retry(-1) ? kWouldBlock : kFailed;
}

void shutdownWrite(int socket)
{
    ::shutdown(socket, kShutdownWrite);
}

void closeWithReset(int socket)
{
    linger abortive = {};
    abortive.l_onoff = 1;
    abortive.l_linger = 0;
    ::setsockopt(socket, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&abortive), sizeof abortive);
    BIO_closesocket(socket);
}

void closeSocket(int socket)
{
    BIO_closesocket(socket);
}

} // namespace testsupport::net
