#include "Connection.h"

#include "SocketSeam.h"

#include <algorithm>
#include <thread>

namespace testsupport {
namespace {

// How long one wait may block before the stop flag is looked at again.
constexpr Connection::Duration kWaitSlice(25);
// How long a graceful close waits for the peer to close its side.
constexpr Connection::Duration kLingerAfterFin(1000);
// How long a write may wait for a peer that does not read.
constexpr Connection::Duration kWriteStallLimit(5000);
constexpr int kTlsRecordHeaderSize = 5;

// Rounded up: truncating would end every timed wait up to a millisecond early.
Connection::Duration remainingUntil(std::chrono::steady_clock::time_point deadline,
                                    std::chrono::steady_clock::time_point now)
{
    return std::chrono::ceil<Connection::Duration>(deadline - now);
}

} // namespace

Connection::Connection(int socket, const std::atomic<bool> &stopping)
    : m_socket(socket)
    , m_stopping(stopping)
{
}

Connection::~Connection()
{
    release();
}

bool Connection::waitReadable(Duration limit)
{
    return waitFor(true, limit);
}

bool Connection::waitWritable(Duration limit)
{
    return waitFor(false, limit);
}

bool Connection::waitFor(bool forRead, Duration limit)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline = Clock::now() + limit;
    while (!stopping() && m_socket != net::kInvalidSocket) {
        const Clock::time_point now = Clock::now();
        if (now >= deadline)
            return false;
        if (net::waitForSocket(m_socket, forRead, int(std::min(remainingUntil(deadline, now), kWaitSlice).count())))
            return true;
    }
    return false;
}

bool Connection::readUntil(QByteArray &buffer, const std::function<bool(const QByteArray &)> &isComplete,
                           Duration idleLimit)
{
    char chunk[4096];
    while (!isComplete(buffer)) {
        if (!waitReadable(idleLimit))
            return false;
        const qint64 received = net::readSome(m_socket, chunk, sizeof chunk);
        if (received == 0 || received == net::kFailed)
            return false;
        if (received > 0)
            buffer.append(chunk, received);
    }
    return true;
}

bool Connection::readExactly(QByteArray &buffer, qsizetype count, Duration idleLimit)
{
    buffer.clear();
    char chunk[4096];
    while (buffer.size() < count) {
        if (!waitReadable(idleLimit))
            return false;
        const qint64 received = net::readSome(m_socket, chunk, qMin<qint64>(sizeof chunk, count - buffer.size()));
        if (received == 0 || received == net::kFailed)
            return false;
        if (received > 0)
            buffer.append(chunk, received);
    }
    return true;
}

void Connection::drain(Duration limit)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline = Clock::now() + limit;
    char chunk[4096];
    while (waitReadable(remainingUntil(deadline, Clock::now()))) {
        const qint64 received = net::readSome(m_socket, chunk, sizeof chunk);
        if (received == 0 || received == net::kFailed)
            return;
    }
}

bool Connection::writeAll(const QByteArray &data)
{
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 result = net::writeSome(m_socket, data.constData() + written, data.size() - written);
        if (result == net::kFailed)
            return false;
        if (result > 0)
            written += result;
        else if (!waitWritable(kWriteStallLimit))
            return false;
    }
    return true;
}

bool Connection::pause(Duration duration)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline = Clock::now() + duration;
    while (!stopping()) {
        const Clock::time_point now = Clock::now();
        if (now >= deadline)
            return true;
        std::this_thread::sleep_for(std::min(remainingUntil(deadline, now), kWaitSlice));
    }
    return false;
}

void Connection::closeGracefully()
{
    if (m_socket == net::kInvalidSocket)
        return;
    net::shutdownWrite(m_socket);
    drain(kLingerAfterFin);
    release();
}

void Connection::closeWithReset()
{
    if (m_socket == net::kInvalidSocket)
        return;
    net::closeWithReset(m_socket);
    m_socket = net::kInvalidSocket;
}

void Connection::release()
{
    if (m_socket == net::kInvalidSocket)
        return;
    net::closeSocket(m_socket);
    m_socket = net::kInvalidSocket;
}

bool hasCompleteTlsRecord(const QByteArray &buffer)
{
    if (buffer.size() < kTlsRecordHeaderSize)
        return false;
    const int length = (quint8(buffer.at(3)) << 8) | quint8(buffer.at(4));
    return buffer.size() >= kTlsRecordHeaderSize + length;
}

bool hasCompleteHttpHeader(const QByteArray &buffer)
{
    return buffer.contains("\r\n\r\n");
}

} // namespace testsupport
