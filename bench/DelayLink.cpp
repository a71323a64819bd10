#include "DelayLink.h"

#include <QByteArray>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <deque>

namespace {

using Clock = std::chrono::steady_clock;

// macOS has no MSG_NOSIGNAL; hd-bench's test servers ignore SIGPIPE process-wide there.
#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL;
#else
constexpr int kSendFlags = 0;
#endif

int loopbackSocket()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on); // the delay is ours, not Nagle's
    return fd;
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// One direction of a connection: a reader stamps each chunk when it arrives, a writer
// hands it on when it is due, so bursts keep their spacing.
class Direction
{
public:
    Direction(int from, int to, Clock::time_point notBefore, std::chrono::milliseconds delay)
        : m_from(from), m_to(to), m_notBefore(notBefore), m_delay(delay)
    {
        m_reader = std::thread([this] { read(); });
        m_writer = std::thread([this] { write(); });
    }

    ~Direction()
    {
        stop();
        m_reader.join();
        m_writer.join();
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_wake.notify_all();
    }

    bool finished() const { return m_finished.load(); }

private:
    struct Chunk
    {
        Clock::time_point due;
        QByteArray bytes;  // empty: end of stream
    };

    void read()
    {
        char buffer[16384];
        for (;;) {
            const ssize_t received = ::recv(m_from, buffer, sizeof buffer, 0);
            const Clock::time_point due = std::max(Clock::now() + m_delay, m_notBefore);
            const std::lock_guard lock(m_mutex);
            m_queue.push_back({due, received > 0 ? QByteArray(buffer, int(received)) : QByteArray()});
            m_wake.notify_all();
            if (received <= 0)
                return;
        }
    }

    void write()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopped || !m_queue.empty(); });
            if (m_stopped)
                break;
            const Clock::time_point due = m_queue.front().due;
            if (m_wake.wait_until(lock, due, [this] { return m_stopped; }))
                break;
            const QByteArray bytes = m_queue.front().bytes;
            m_queue.pop_front();
            lock.unlock();
            if (bytes.isEmpty() || !sendAll(bytes))
                break;
        }
        ::shutdown(m_to, SHUT_WR);
        m_finished = true;
    }

    bool sendAll(const QByteArray &bytes) const
    {
        for (qsizetype sent = 0; sent < bytes.size();) {
            const ssize_t n = ::send(m_to, bytes.constData() + sent, size_t(bytes.size() - sent), kSendFlags);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    const int m_from;
    const int m_to;
    const Clock::time_point m_notBefore;
    const std::chrono::milliseconds m_delay;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Chunk> m_queue;
    bool m_stopped = false;
    std::atomic<bool> m_finished{false};
    std::thread m_reader;
    std::thread m_writer;
};

} // namespace

struct DelayLink::Connection
{
    Connection(int client, int server, std::chrono::milliseconds oneWay)
        : client(client), server(server),
          // SYN, SYN-ACK, then the client's first bytes: three one-way trips after connect().
          up(client, server, Clock::now() + 3 * oneWay, oneWay),
          down(server, client, Clock::now(), oneWay)
    {
    }

    ~Connection()
    {
        // Wakes the readers blocked in recv(); the directions' destructors then join.
        ::shutdown(client, SHUT_RDWR);
        ::shutdown(server, SHUT_RDWR);
        up.stop();
        down.stop();
    }

    bool finished() const { return up.finished() && down.finished(); }

    // Sockets outlive the directions that use them: closed last.
    struct Fd
    {
        int fd;
        Fd(int fd) : fd(fd) {}
        ~Fd() { ::close(fd); }
        operator int() const { return fd; }
    };
    Fd client;
    Fd server;
    Direction up;
    Direction down;
};

DelayLink::DelayLink(quint16 targetPort, std::chrono::milliseconds oneWay)
    : m_targetPort(targetPort), m_oneWay(oneWay)
{
}

DelayLink::~DelayLink()
{
    m_stopping = true;
    if (m_listener >= 0)
        ::shutdown(m_listener, SHUT_RDWR); // ends the blocked accept()
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    if (m_listener >= 0)
        ::close(m_listener);
    const std::lock_guard lock(m_mutex);
    m_connections.clear();
}

bool DelayLink::start()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(m_listener, 128) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    m_port = ntohs(address.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void DelayLink::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        const int on = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        const int server = loopbackSocket();
        const sockaddr_in target = loopback(m_targetPort);
        if (::connect(server, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0) {
            ::close(server);
            ::close(client);
            continue;
        }
        const std::lock_guard lock(m_mutex);
        m_connections.remove_if([](const std::unique_ptr<Connection> &connection) { return connection->finished(); });
        m_connections.push_back(std::make_unique<Connection>(client, server, m_oneWay));
    }
}
