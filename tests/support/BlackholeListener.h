#pragma once

#include <QString>

#include <vector>

namespace testsupport {

// A TCP port on 127.0.0.1 where connect() never completes, for connect-timeout tests
// without any network beyond loopback.
//
// How: the socket listens with backlog 0 and is never accepted from; start() then fills
// its accept queue with connections of its own. Once the queue is full, Linux drops every
// further SYN, so a client's connect() stays in SYN-SENT and retransmits until its own
// timeout (with the default tcp_syn_retries that is about two minutes). The SYN is dropped
// before net.ipv4.tcp_abort_on_overflow matters, so that setting does not change this.
// Checked on Debian 12 (kernel 6.x): with one queued connection a further connect was
// still pending after 2.5 s.
//
// start() does not assume how a kernel counts the backlog: it keeps opening connections
// until one of them does not complete, and fails (see errorString()) if none hangs — as on
// Windows, which answers a full backlog with RST ("connection refused") instead. There a
// connect-timeout test has no loopback-only equivalent and should be skipped.
class BlackholeListener
{
public:
    BlackholeListener() = default;
    ~BlackholeListener();
    BlackholeListener(const BlackholeListener &) = delete;
    BlackholeListener &operator=(const BlackholeListener &) = delete;

    bool start();  // listens on 127.0.0.1:0 and fills the queue; false with errorString()
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }
    void stop();

private:
    bool fillAcceptQueue();

    int m_listeningSocket = -1;
    std::vector<int> m_queueFillers;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace testsupport
