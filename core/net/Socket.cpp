#include "Socket.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring> // strerror_r

#ifdef Q_OS_WIN
#  include <winsock2.h>
#  include <ws2tcpip.h>
using socklen_t = int;
#else
#  include <fcntl.h>
#  include <netinet/in.h>
#  include <netinet/tcp.h>
#  include <poll.h>
#  include <sys/socket.h>
#  include <unistd.h>
#endif

namespace hd {

namespace {

constexpr int kSliceMs = 40;

#ifdef Q_OS_WIN
using NativeSocket = SOCKET;
constexpr NativeSocket kInvalid = INVALID_SOCKET;
constexpr int kSendFlags = 0; // Windows has no SIGPIPE
int lastError() { return WSAGetLastError(); }
bool wouldBlock(int e) { return e == WSAEWOULDBLOCK || e == WSAEINPROGRESS; }
void closeNative(NativeSocket s) { closesocket(s); }
void shutdownWriteNative(NativeSocket s) { ::shutdown(s, SD_SEND); }
bool setNonBlocking(NativeSocket s) { u_long on = 1; return ioctlsocket(s, FIONBIO, &on) == 0; }
void preventSigpipe(NativeSocket) {}
// select(), not WSAPoll: before Windows 10 2004 WSAPoll never reports a refused connect and
// the wait runs into the timeout; select() puts a failed connect in its exception set.
int waitNative(NativeSocket s, bool forRead, int ms)
{
    fd_set ready;
    FD_ZERO(&ready);
    FD_SET(s, &ready);
    fd_set failed;
    FD_ZERO(&failed);
    FD_SET(s, &failed);
    timeval timeout{ms / 1000, (ms % 1000) * 1000};
    return ::select(0, forRead ? &ready : nullptr, forRead ? nullptr : &ready, &failed, &timeout);
}
// FormatMessageW allocates a message per call: safe on the probes' threads.
QString errorText(int e)
{
    wchar_t *text = nullptr;
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                            | FORMAT_MESSAGE_IGNORE_INSERTS,
                                        nullptr, DWORD(e), 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    const QString message = length > 0 ? QString::fromWCharArray(text, int(length)).trimmed()
                                       : QStringLiteral("WSA error %1").arg(e);
    LocalFree(text);
    return message;
}
NetError classify(int e)
{
    switch (e) {
    case WSAECONNREFUSED: return NetError::Refused;
    case WSAENETUNREACH: case WSAEHOSTUNREACH: case WSAENETDOWN: return NetError::Unreachable;
    case WSAECONNRESET: case WSAECONNABORTED: return NetError::Reset;
    case WSAETIMEDOUT: return NetError::Timeout;
    default: return NetError::Other;
    }
}
struct WinsockInit { WinsockInit() { WSADATA d; WSAStartup(MAKEWORD(2, 2), &d); } };
#else
using NativeSocket = int;
constexpr NativeSocket kInvalid = -1;
int lastError() { return errno; }
bool wouldBlock(int e) { return e == EAGAIN || e == EWOULDBLOCK || e == EINPROGRESS || e == EINTR; }
void closeNative(NativeSocket s) { ::close(s); }
void shutdownWriteNative(NativeSocket s) { ::shutdown(s, SHUT_WR); }
bool setNonBlocking(NativeSocket s) { return fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK) == 0; }
// A peer's reset during a write must not end the process with SIGPIPE: Linux and the BSDs
// take MSG_NOSIGNAL on each send, macOS (which lacks it) SO_NOSIGPIPE on the socket.
#  ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL;
#  else
constexpr int kSendFlags = 0;
#  endif
void preventSigpipe([[maybe_unused]] NativeSocket s)
{
#  ifdef SO_NOSIGPIPE
    const int one = 1;
    ::setsockopt(s, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#  endif
}
int waitNative(NativeSocket s, bool forRead, int ms)
{
    pollfd pfd{};
    pfd.fd = s;
    pfd.events = forRead ? POLLIN : POLLOUT;
    return ::poll(&pfd, 1, ms);
}
// strerror() may share one buffer between threads, and probes run on several. strerror_r
// comes as XSI (fills the buffer, returns int) or GNU (returns the text): these overloads
// accept whichever the C library declares.
[[maybe_unused]] const char *strerrorText(int result, const char *buffer) { return result == 0 ? buffer : "unknown error"; }
[[maybe_unused]] const char *strerrorText(const char *text, const char *) { return text; }
QString errorText(int e)
{
    char buffer[256] = {};
    return QString::fromLocal8Bit(strerrorText(strerror_r(e, buffer, sizeof buffer), buffer));
}
NetError classify(int e)
{
    switch (e) {
    case ECONNREFUSED: return NetError::Refused;
    case ENETUNREACH: case EHOSTUNREACH: case ENETDOWN: case EADDRNOTAVAIL: return NetError::Unreachable;
    case ECONNRESET: case ECONNABORTED: case EPIPE: return NetError::Reset;
    case ETIMEDOUT: return NetError::Timeout;
    default: return NetError::Other;
    }
}
#endif

NativeSocket native(qintptr fd) { return NativeSocket(fd); }

NetResult fromErrno(int e)
{
    return {classify(e), errorText(e)};
}

} // namespace

QString netErrorKey(NetError error)
{
    switch (error) {
    case NetError::None: return QStringLiteral("ok");
    case NetError::Timeout: return QStringLiteral("timeout");
    case NetError::Cancelled: return QStringLiteral("cancelled");
    case NetError::Refused: return QStringLiteral("refused");
    case NetError::Unreachable: return QStringLiteral("unreachable");
    case NetError::Reset: return QStringLiteral("reset");
    case NetError::Closed: return QStringLiteral("closed");
    case NetError::Other: return QStringLiteral("error");
    }
    return {};
}

Socket::~Socket()
{
    close();
}

void Socket::shutdownWrite()
{
    if (m_fd != qintptr(kInvalid) && m_fd != -1)
        shutdownWriteNative(native(m_fd));
}

void Socket::close()
{
    if (m_fd != qintptr(kInvalid) && m_fd != -1)
        closeNative(native(m_fd));
    m_fd = -1;
}

NetResult Socket::wait(WaitFor what, QDeadlineTimer deadline, const CancelToken &cancel)
{
    for (;;) {
        if (cancel.isCancelled())
            return {NetError::Cancelled, {}};
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return {NetError::Timeout, {}};
        const int slice = left < 0 ? kSliceMs : int(qMin<qint64>(left, kSliceMs));
        const int ready = waitNative(native(m_fd), what == WaitFor::Read, slice);
        if (ready > 0)
            return {};
        if (ready < 0 && !wouldBlock(lastError()))
            return fromErrno(lastError());
    }
}

NetResult Socket::connect(const QHostAddress &address, quint16 port, QDeadlineTimer deadline,
                          const CancelToken &cancel)
{
#ifdef Q_OS_WIN
    static WinsockInit winsock;
#endif
    close();
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(&storage);
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&sa->sin6_addr, bytes.c, 16);
        sa->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(&storage);
        sa->sin_family = AF_INET;
        sa->sin_port = htons(port);
        sa->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const NativeSocket fd = ::socket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP);
    if (fd == kInvalid)
        return fromErrno(lastError());
    m_fd = qintptr(fd);
    if (!setNonBlocking(fd))
        return fromErrno(lastError());
    preventSigpipe(fd);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);

    if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) == 0)
        return {};
    if (!wouldBlock(lastError()))
        return fromErrno(lastError());
    if (NetResult waited = wait(WaitFor::Write, deadline, cancel); !waited.ok())
        return waited;
    int soError = 0;
    socklen_t soLength = sizeof soError;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&soError), &soLength);
    if (soError != 0)
        return fromErrno(soError);
    return {};
}

NetResult Socket::write(const QByteArray &data, QDeadlineTimer deadline, const CancelToken &cancel)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const auto n = ::send(native(m_fd), data.constData() + sent, int(data.size() - sent), kSendFlags);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (!wouldBlock(lastError()))
            return fromErrno(lastError());
        if (NetResult waited = wait(WaitFor::Write, deadline, cancel); !waited.ok())
            return waited;
    }
    return {};
}

NetResult Socket::read(QByteArray *appendTo, QDeadlineTimer deadline, const CancelToken &cancel)
{
    for (;;) {
        char buffer[16384];
        const auto n = ::recv(native(m_fd), buffer, sizeof buffer, 0);
        if (n > 0) {
            appendTo->append(buffer, n);
            return {};
        }
        if (n == 0)
            return {NetError::Closed, {}};
        if (!wouldBlock(lastError()))
            return fromErrno(lastError());
        if (NetResult waited = wait(WaitFor::Read, deadline, cancel); !waited.ok())
            return waited;
    }
}

} // namespace hd
