#include "InterferingRelay.h"

#include "Connection.h"
#include "SocketSeam.h"

namespace testsupport {

namespace {

constexpr int kConnectTimeoutMs = 2000;
constexpr int kPollMs = 10;
constexpr Connection::Duration kHelloWait(5000);

quint16 readU16(const QByteArray &data, qsizetype at)
{
    return quint16((quint8(data[at]) << 8) | quint8(data[at + 1]));
}

// Writes everything to a non-blocking socket; false when the peer is gone.
bool writeFully(int socket, const QByteArray &data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 n = net::writeSome(socket, data.constData() + written, data.size() - written);
        if (n == net::kFailed)
            return false;
        if (n == net::kWouldBlock) {
            if (!net::waitForSocket(socket, false, kConnectTimeoutMs))
                return false;
            continue;
        }
        written += n;
    }
    return true;
}

// Moves what is waiting on `from` to `to`; false once either side closed or failed.
bool pump(int from, int to)
{
    char chunk[16384];
    const qint64 n = net::readSome(from, chunk, sizeof chunk);
    if (n == net::kWouldBlock)
        return true;
    if (n == 0 || n == net::kFailed)
        return false;
    return writeFully(to, QByteArray(chunk, n));
}

} // namespace

InterferingRelay::InterferingRelay(quint16 targetPort, Mode mode, int maxHelloBytes)
    : m_targetPort(targetPort), m_mode(mode), m_maxHelloBytes(maxHelloBytes)
{
}

InterferingRelay::~InterferingRelay()
{
    if (m_server)
        m_server->stop();
}

bool InterferingRelay::start(QString *errorString)
{
    m_server = std::make_unique<ConnectionServer>([this](Connection &client) { handle(client); });
    return m_server->start(0, errorString);
}

quint16 InterferingRelay::port() const
{
    return m_server ? m_server->port() : 0;
}

bool InterferingRelay::offersTls13(const QByteArray &record)
{
    // record header (5), handshake header (4), legacy version (2), random (32)
    qsizetype at = 5 + 4 + 2 + 32;
    if (record.size() < at + 1 || record[0] != 0x16 || record[5] != 0x01)
        return false;
    at += 1 + quint8(record[at]);                               // session id
    if (record.size() < at + 2)
        return false;
    at += 2 + readU16(record, at);                              // cipher suites
    if (record.size() < at + 1)
        return false;
    at += 1 + quint8(record[at]);                               // compression methods
    if (record.size() < at + 2)
        return false;
    const qsizetype end = qMin<qsizetype>(record.size(), at + 2 + readU16(record, at));
    for (at += 2; at + 4 <= end;) {
        const quint16 type = readU16(record, at);
        const quint16 length = readU16(record, at + 2);
        at += 4;
        if (type == 43 && at + 1 <= end) {                      // supported_versions
            for (qsizetype v = at + 1; v + 2 <= qMin<qsizetype>(end, at + 1 + quint8(record[at])); v += 2) {
                if (readU16(record, v) == 0x0304)
                    return true;
            }
        }
        at += length;
    }
    return false;
}

void InterferingRelay::handle(Connection &client)
{
    if (m_mode == Mode::ConnectTunnel) {
        QByteArray request;
        if (!client.readUntil(request, hasCompleteHttpHeader, kHelloWait) || !request.startsWith("CONNECT ")
            || !client.writeAll("HTTP/1.1 200 Connection established\r\n\r\n"))
            return;
    }
    QByteArray hello;
    if (!client.readUntil(hello, hasCompleteTlsRecord, kHelloWait))
        return;
    const qsizetype recordBytes = 5 + readU16(hello, 3);
    if (m_mode == Mode::ResetTls13 && offersTls13(hello.left(recordBytes))) {
        ++m_interfered;
        client.closeWithReset();
        return;
    }
    if (m_mode == Mode::DropLarge && recordBytes > m_maxHelloBytes) {
        ++m_interfered;
        client.drain(Connection::kUntilStopped); // swallows it all until the client gives up
        return;
    }
    const int upstream = net::startConnectToLoopback(m_targetPort);
    if (upstream == net::kInvalidSocket)
        return;
    if (!net::waitForSocket(upstream, false, kConnectTimeoutMs) || !net::isConnected(upstream) || !writeFully(upstream, hello)) {
        net::closeSocket(upstream);
        return;
    }
    ++m_relayed;
    bool open = true;
    while (open && !client.stopping()) {
        if (net::waitForSocket(client.socket(), true, kPollMs))
            open = pump(client.socket(), upstream);
        if (open && net::waitForSocket(upstream, true, kPollMs))
            open = pump(upstream, client.socket());
    }
    net::closeSocket(upstream);
    client.closeGracefully();
}

} // namespace testsupport
