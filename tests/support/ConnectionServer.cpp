#include "ConnectionServer.h"

#include "Connection.h"
#include "SocketSeam.h"

namespace testsupport {
namespace {

// How long the accept loop blocks before it looks at the stop flag again.
constexpr int kAcceptWaitMs = 25;

} // namespace

ConnectionServer::ConnectionServer(Handler handler, ConnectionLimits limits)
    : m_handler(std::move(handler))
    , m_limits(limits)
    , m_listeningSocket(net::kInvalidSocket)
{
}

ConnectionServer::~ConnectionServer()
{
    stop();
}

bool ConnectionServer::start(quint16 port, QString *errorString)
{
    m_listeningSocket = net::listenOnLoopback(port, -1, errorString);
    if (m_listeningSocket == net::kInvalidSocket)
        return false;
    m_port = net::localPort(m_listeningSocket);
    m_stopping = false;
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void ConnectionServer::stop()
{
    m_stopping = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    for (Worker &worker : m_workers)
        worker.thread.join();
    m_workers.clear();
    if (m_listeningSocket != net::kInvalidSocket) {
        net::closeSocket(m_listeningSocket);
        m_listeningSocket = net::kInvalidSocket;
    }
}

void ConnectionServer::acceptLoop()
{
    while (!m_stopping) {
        joinFinishedWorkers();
        // Queueing: while busy, leave new connections in the kernel's accept queue.
        const bool full = m_limits.maxConcurrent > 0 && busyWorkers() >= m_limits.maxConcurrent;
        if (full && !m_limits.resetOverLimit) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        if (!net::waitForSocket(m_listeningSocket, true, kAcceptWaitMs))
            continue;
        const int socket = net::acceptConnection(m_listeningSocket);
        if (socket == net::kInvalidSocket)
            continue;
        if (full || overRate()) {
            ++m_limited;
            net::closeWithReset(socket);
            continue;
        }
        startWorker(socket);
    }
}

bool ConnectionServer::overRate()
{
    if (m_limits.maxPerSecond <= 0)
        return false;
    const auto now = std::chrono::steady_clock::now();
    while (!m_recentStarts.empty() && now - m_recentStarts.front() >= std::chrono::seconds(1))
        m_recentStarts.pop_front();
    if (int(m_recentStarts.size()) >= m_limits.maxPerSecond)
        return true;
    m_recentStarts.push_back(now);
    return false;
}

int ConnectionServer::busyWorkers() const
{
    int busy = 0;
    for (const Worker &worker : m_workers)
        busy += worker.finished->load() ? 0 : 1;
    return busy;
}

void ConnectionServer::startWorker(int socket)
{
    ++m_accepted;
    auto finished = std::make_shared<std::atomic<bool>>(false);
    std::thread thread([this, socket, finished] {
        Connection connection(socket, m_stopping);
        m_handler(connection);
        *finished = true;
    });
    m_workers.push_back({std::move(thread), std::move(finished)});
}

// Keeps a long-running server from piling up one finished thread per connection.
void ConnectionServer::joinFinishedWorkers()
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it->finished->load()) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace testsupport
