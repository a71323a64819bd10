#pragma once

#include <QByteArray>

#include <atomic>
#include <chrono>
#include <functional>

namespace testsupport {

// One accepted socket and the owning server's stop flag. Every wait is cut into short
// slices that check the flag, so a server's stop() returns quickly even while clients
// stay connected and silent.
class Connection
{
public:
    using Duration = std::chrono::milliseconds;
    // "No deadline": the wait still ends on stop() or when the peer goes away.
    static constexpr Duration kUntilStopped = std::chrono::hours(24);

    Connection(int socket, const std::atomic<bool> &stopping);
    ~Connection();  // closes the socket if the handler has not
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    int socket() const { return m_socket; }
    bool stopping() const { return m_stopping.load(); }

    // False when `limit` passes or the server stops first.
    bool waitReadable(Duration limit);
    bool waitWritable(Duration limit);

    // Appends incoming bytes to `buffer` until isComplete(buffer) holds (returns true), or
    // the peer closes, fails, stops sending for idleLimit, or the server stops (false).
    bool readUntil(QByteArray &buffer, const std::function<bool(const QByteArray &)> &isComplete,
                   Duration idleLimit);
    // Reads exactly `count` bytes and no more: what follows (a ClientHello after a
    // protocol's switch to TLS) stays queued for the next reader.
    bool readExactly(QByteArray &buffer, qsizetype count, Duration idleLimit);
    // Reads and throws away whatever arrives until the peer closes or `limit` passes.
    void drain(Duration limit);
    bool writeAll(const QByteArray &data);
    // Sleeps for `duration`; false if the server stopped first.
    bool pause(Duration duration);

    // FIN; then reads what the peer still sends, because closing with unread bytes makes
    // the kernel answer with RST and the client would see a reset instead of a clean close.
    void closeGracefully();
    void closeWithReset();

private:
    bool waitFor(bool forRead, Duration limit);
    void release();

    int m_socket;
    const std::atomic<bool> &m_stopping;
};

// Framing predicates for readUntil().
bool hasCompleteTlsRecord(const QByteArray &buffer);
bool hasCompleteHttpHeader(const QByteArray &buffer);

} // namespace testsupport
