#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <list>
#include <memory>
#include <thread>

namespace testsupport {

class Connection;

// How a server copes with many connections, the ways real ones limit them.
struct ConnectionLimits {
    // At most this many handled at once (0: no limit). The others wait in the kernel's
    // accept queue, as with `openssl s_server`, unless resetOverLimit: then they are
    // accepted and reset at once.
    int maxConcurrent = 0;
    bool resetOverLimit = false;
    // New connections beyond this many in the last second are accepted and reset (0: no limit).
    int maxPerSecond = 0;
};

// Accepts connections on 127.0.0.1 and runs a handler for each on its own thread, so a
// client may open several connections in parallel. stop() (and the destructor) joins all
// threads; handlers must use Connection's bounded waits so that this is quick.
class ConnectionServer
{
public:
    using Handler = std::function<void(Connection &)>;

    explicit ConnectionServer(Handler handler, ConnectionLimits limits = {});
    ~ConnectionServer();
    ConnectionServer(const ConnectionServer &) = delete;
    ConnectionServer &operator=(const ConnectionServer &) = delete;

    bool start(quint16 port, QString *errorString);  // port 0: ephemeral
    void stop();
    quint16 port() const { return m_port; }
    int acceptedConnections() const { return m_accepted.load(); }
    int limitedConnections() const { return m_limited.load(); }  // reset by the limits

private:
    struct Worker {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> finished;
    };

    void acceptLoop();
    void startWorker(int socket);
    void joinFinishedWorkers();

    bool overRate();
    int busyWorkers() const;

    Handler m_handler;
    ConnectionLimits m_limits;
    std::list<std::chrono::steady_clock::time_point> m_recentStarts;  // accept thread only
    int m_listeningSocket;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_limited{0};
    std::thread m_acceptThread;
    std::list<Worker> m_workers;  // touched only by the accept thread, then by stop() after joining it
};

} // namespace testsupport
