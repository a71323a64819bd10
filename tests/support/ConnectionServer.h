#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <thread>

namespace testsupport {

class Connection;

// Accepts connections on 127.0.0.1 and runs a handler for each on its own thread, so a
// client may open several connections in parallel. stop() (and the destructor) joins all
// threads; handlers must use Connection's bounded waits so that this is quick.
class ConnectionServer
{
public:
    using Handler = std::function<void(Connection &)>;

    explicit ConnectionServer(Handler handler);
    ~ConnectionServer();
    ConnectionServer(const ConnectionServer &) = delete;
    ConnectionServer &operator=(const ConnectionServer &) = delete;

    bool start(quint16 port, QString *errorString);  // port 0: ephemeral
    void stop();
    quint16 port() const { return m_port; }
    int acceptedConnections() const { return m_accepted.load(); }

private:
    struct Worker {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> finished;
    };

    void acceptLoop();
    void startWorker(int socket);
    void joinFinishedWorkers();

    Handler m_handler;
    int m_listeningSocket;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_accepted{0};
    std::thread m_acceptThread;
    std::list<Worker> m_workers;  // touched only by the accept thread, then by stop() after joining it
};

} // namespace testsupport
