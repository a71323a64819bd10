#include "Socket.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>

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
int lastError() { return WSAGetLastError(); }
bool wouldBlock(int e) { return e == WSAEWOULDBLOCK || e == WSAEINPROGRESS; }
void closeNative(NativeSocket s) { closesocket(s); }
int pollNative(pollfd *fds, int ms) { return WSAPoll(fds, 1, ms); }
bool setNonBlocking(NativeSocket s) { u_long on = 1; return ioctlsocket(s, FIONBIO, &on) == 0; }
QString errorText(int e) { return QStringLiteral("WSA error %1").arg(e); }
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
int pollNative(pollfd *fds, int ms) { return ::poll(fds, 1, ms); }
bool setNonBlocking(NativeSocket s) { return fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK) == 0; }
QString errorText(int e) { return QString::fromLocal8Bit(std::strerror(e)); }
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
        pollfd pfd{};
        pfd.fd = native(m_fd);
        pfd.events = what == WaitFor::Read ? POLLIN : POLLOUT;
        const int slice = left < 0 ? kSliceMs : int(qMin<qint64>(left, kSliceMs));
        const int ready = pollNative(&pfd, slice);
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
#ifdef MSG_NOSIGNAL
        constexpr int flags = MSG_NOSIGNAL; // a peer's reset must not kill the process with SIGPIPE
#else
        constexpr int flags = 0;
#endif
        const auto n = ::send(native(m_fd), data.constData() + sent, int(data.size() - sent), flags);
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
