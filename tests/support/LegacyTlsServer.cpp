#include "LegacyTlsServer.h"

#include "Connection.h"
#include "ConnectionServer.h"
#include "SocketSeam.h"

#include <QRandomGenerator>

#include <algorithm>
#include <thread>

namespace testsupport {
namespace {

constexpr Connection::Duration kClientIdleLimit = std::chrono::seconds(10);
constexpr int kAlertHandshakeFailure = 40, kAlertProtocolVersion = 70;
constexpr quint16 kNeverOffered = 0x0A0A; // a GREASE value: no client negotiates it

// The little of a ClientHello this server needs, read independently of the code under test.
struct Hello {
    bool ok = false;
    int version = 0;
    QList<quint16> suites;
    QList<int> supportedVersions;
};

Hello parseHello(const QByteArray &record)
{
    Hello hello;
    // Bounds-checked reads: any short field leaves ok == false.
    qsizetype pos = 0;
    bool good = true;
    const auto number = [&](int bytes) {
        quint32 value = 0;
        if (pos + bytes > record.size()) {
            good = false;
            return value;
        }
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(record[pos++]);
        return value;
    };
    const auto skip = [&](qsizetype bytes) {
        good = good && pos + bytes <= record.size();
        pos += bytes;
    };
    if (number(1) != 22)
        return hello;
    skip(4);                      // record version and length
    if (number(1) != 1)           // ClientHello
        return hello;
    skip(3);
    hello.version = int(number(2));
    skip(32);
    skip(number(1));              // session id
    const quint32 suitesEnd = number(2) + quint32(pos);
    while (good && pos < suitesEnd)
        hello.suites << quint16(number(2));
    skip(number(1));              // compression methods
    if (good && pos < record.size()) {
        const qsizetype extensionsEnd = number(2) + pos;
        while (good && pos + 4 <= extensionsEnd) {
            const quint32 type = number(2);
            const qsizetype end = number(2) + pos;
            if (type == 43) {     // supported_versions
                const qsizetype listEnd = number(1) + pos;
                while (good && pos + 2 <= listEnd)
                    hello.supportedVersions << int(number(2));
            }
            pos = end;
        }
    }
    hello.ok = good;
    return hello;
}

QByteArray record(int type, int version, const QByteArray &body)
{
    QByteArray out;
    out.append(char(type));
    out.append(char(version >> 8));
    out.append(char(version & 0xff));
    out.append(char(body.size() >> 8));
    out.append(char(body.size() & 0xff));
    return out + body;
}

QByteArray serverHello(int version, quint16 suite)
{
    QByteArray body;
    body.append(char(version >> 8));
    body.append(char(version & 0xff));
    for (int i = 0; i < 32; ++i)
        body.append(char(QRandomGenerator::global()->bounded(256)));
    body.append('\0');            // no session id
    body.append(char(suite >> 8));
    body.append(char(suite & 0xff));
    body.append('\0');            // no compression
    QByteArray message(1, '\x02');
    message.append('\0');
    message.append(char(body.size() >> 8));
    message.append(char(body.size() & 0xff));
    return record(22, version, message + body);
}

QByteArray handshakeMessage(int type, const QByteArray &body)
{
    QByteArray message(1, char(type));
    message.append(char(body.size() >> 16));
    message.append(char((body.size() >> 8) & 0xff));
    message.append(char(body.size() & 0xff));
    return message + body;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QByteArray vector16(const QByteArray &bytes)
{
    QByteArray out;
    out.append(char(bytes.size() >> 8));
    out.append(char(bytes.size() & 0xff));
    return out + bytes;
}

// Certificate (empty), ServerKeyExchange (p of `bits` bits, g = 2, a public value, a
// signature nobody checks) and ServerHelloDone, in one record.
QByteArray dheFlight(int version, int bits)
{
    QByteArray prime = randomBytes((bits + 7) / 8);
    prime[0] = char(quint8(prime[0]) | 0x80 >> ((8 - bits % 8) % 8)); // exactly `bits` bits
    prime[0] = char(quint8(prime[0]) & (0xff >> ((8 - bits % 8) % 8)));
    const QByteArray keyExchange = vector16(prime) + vector16(QByteArray(1, '\x02')) + vector16(randomBytes(prime.size()))
                                   + QByteArray::fromHex("0401") + vector16(randomBytes(256));
    const QByteArray messages = handshakeMessage(11, QByteArray(3, '\0')) + handshakeMessage(12, keyExchange)
                                + handshakeMessage(14, {});
    return record(22, version, messages);
}

QByteArray alert(int code)
{
    return record(21, 0x0301, QByteArray::fromHex("02") + char(code));
}

// Copies bytes from one connection to the other until either side stops, then passes the
// end of stream on.
void pump(Connection &from, Connection &to)
{
    char chunk[16384];
    while (from.waitReadable(kClientIdleLimit)) {
        const qint64 received = net::readSome(from.socket(), chunk, sizeof chunk);
        if (received == net::kWouldBlock)
            continue;
        if (received <= 0 || !to.writeAll(QByteArray(chunk, int(received))))
            break;
    }
    net::shutdownWrite(to.socket());
}

} // namespace

LegacyTlsServer::LegacyTlsServer(Config config)
    : m_config(std::move(config))
{
}

LegacyTlsServer::~LegacyTlsServer()
{
    m_stopping = true;
    if (m_server)
        m_server->stop();
}

bool LegacyTlsServer::start()
{
    m_server = std::make_unique<ConnectionServer>([this](Connection &connection) { serve(connection); });
    return m_server->start(0, &m_errorString);
}

quint16 LegacyTlsServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QString LegacyTlsServer::errorString() const
{
    return m_errorString;
}

void LegacyTlsServer::relay(Connection &client, const QByteArray &hello) const
{
    Connection backend(net::startConnectToLoopback(m_config.backendPort), m_stopping);
    if (!backend.waitWritable(kClientIdleLimit) || !net::isConnected(backend.socket()) || !backend.writeAll(hello)) {
        client.closeWithReset();
        return;
    }
    std::thread toClient([&backend, &client] { pump(backend, client); });
    pump(client, backend);
    toClient.join();
}

void LegacyTlsServer::answer(Connection &client, const QByteArray &reply, int version) const
{
    switch (m_config.answer) {
    case Answer::Negotiate:
        client.writeAll(reply);
        break;
    case Answer::Garbage: {
        QByteArray bytes(64, '\0');
        for (char &byte : bytes)
            byte = char(QRandomGenerator::global()->bounded(256));
        bytes[0] = char(0x80 | quint8(bytes[0])); // no TLS record type, no text
        client.writeAll(bytes);
        break;
    }
    case Answer::TruncatedRecord:
        client.writeAll(QByteArray::fromHex("1603030200") + serverHello(version, 0x002F).mid(5, 10));
        break;
    case Answer::Reset:
        client.closeWithReset();
        return;
    case Answer::Silence:
        client.drain(kClientIdleLimit);
        break;
    case Answer::UnofferedSuite:
        client.writeAll(serverHello(version, kNeverOffered));
        break;
    }
    client.closeGracefully();
}

void LegacyTlsServer::serve(Connection &connection) const
{
    QByteArray bytes;
    if (!connection.readUntil(bytes, hasCompleteTlsRecord, kClientIdleLimit))
        return;
    const Hello hello = parseHello(bytes);
    const int clientVersion = std::min(hello.version, 0x0303);
    if (!hello.ok) {
        answer(connection, alert(kAlertHandshakeFailure), clientVersion);
        return;
    }
    const bool tls13 = hello.supportedVersions.contains(0x0304);
    if (tls13 && m_config.backendPort && m_config.backendVersions.contains(0x0304))
        return relay(connection, bytes);

    int version = 0;
    for (const int candidate : m_config.legacyVersions + m_config.backendVersions) {
        if (candidate <= hello.version && candidate > version && candidate != 0x0304)
            version = candidate;
    }
    if (version == 0)
        return answer(connection, alert(kAlertProtocolVersion), clientVersion);
    if (m_config.legacyVersions.contains(version)) {
        for (const quint16 suite : m_config.legacySuites) {
            if (!hello.suites.contains(suite))
                continue;
            QByteArray reply = serverHello(version, suite);
            if (m_config.dhBits > 0)
                reply += dheFlight(version, m_config.dhBits);
            return answer(connection, reply, version);
        }
    }
    if (m_config.backendPort && m_config.backendVersions.contains(version))
        return relay(connection, bytes);
    answer(connection, alert(kAlertHandshakeFailure), version);
}

} // namespace testsupport
