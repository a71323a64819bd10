#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

// A slow network link between 127.0.0.1:port() and 127.0.0.1:targetPort, in user space:
// every byte takes oneWay to cross in either direction, and a new connection's first
// bytes arrive only after the TCP handshake's round trip would have completed (connect()
// itself returns at once). That is what netem delay on a real link costs a client that
// connects, talks and waits; this VM's kernel has no netem (CONFIG_NET_SCH_NETEM unset).
class DelayLink
{
public:
    DelayLink(quint16 targetPort, std::chrono::milliseconds oneWay);
    ~DelayLink();  // closes every connection and joins every thread
    DelayLink(const DelayLink &) = delete;
    DelayLink &operator=(const DelayLink &) = delete;

    bool start();  // listens on 127.0.0.1, ephemeral port
    quint16 port() const { return m_port; }

private:
    struct Connection;
    void acceptLoop();

    const quint16 m_targetPort;
    const std::chrono::milliseconds m_oneWay;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    std::mutex m_mutex;
    std::list<std::unique_ptr<Connection>> m_connections;  // guarded by m_mutex
};
