#include "BlackholeListener.h"

#include "SocketSeam.h"

namespace testsupport {
namespace {

// On loopback a connect to a listener with room in its queue completes within
// microseconds, so one still pending after this long has been dropped.
constexpr int kConnectSettleMs = 100;
constexpr int kMaxQueueFillers = 8;

} // namespace

BlackholeListener::~BlackholeListener()
{
    stop();
}

bool BlackholeListener::start()
{
    m_listeningSocket = net::listenOnLoopback(0, 0, &m_errorString);
    if (m_listeningSocket == net::kInvalidSocket)
        return false;
    m_port = net::localPort(m_listeningSocket);
    if (fillAcceptQueue())
        return true;
    stop();
    return false;
}

bool BlackholeListener::fillAcceptQueue()
{
    while (int(m_queueFillers.size()) < kMaxQueueFillers) {
        const int socket = net::startConnectToLoopback(m_port);
        if (socket == net::kInvalidSocket) {
            m_errorString = QStringLiteral("cannot open a connection to fill the accept queue");
            return false;
        }
        // Kept open either way: the completed ones fill the queue, and closing the pending
        // one early gains nothing.
        m_queueFillers.push_back(socket);
        if (!net::waitForSocket(socket, false, kConnectSettleMs))
            return true;
        if (!net::isConnected(socket)) {
            m_errorString = QStringLiteral("the kernel refuses connects to a full accept queue instead of dropping them");
            return false;
        }
    }
    m_errorString = QStringLiteral("the accept queue did not fill up after %1 connections").arg(kMaxQueueFillers);
    return false;
}

void BlackholeListener::stop()
{
    for (const int socket : m_queueFillers)
        net::closeSocket(socket);
    m_queueFillers.clear();
    if (m_listeningSocket != net::kInvalidSocket) {
        net::closeSocket(m_listeningSocket);
        m_listeningSocket = net::kInvalidSocket;
    }
}

} // namespace testsupport
