#include "TlsTestServer.h"

#include "Connection.h"
#include "ConnectionServer.h"
#include "HttpMessages.h"
#include "SocketSeam.h"
#include "TlsServerContext.h"

#include <QRandomGenerator>

#include <openssl/err.h>

namespace testsupport {
namespace {

// How long a connection waits for a client that has gone silent mid-conversation.
constexpr Connection::Duration kClientIdleLimit = std::chrono::seconds(10);
constexpr int kGarbageSize = 64;

struct SslDeleter {
    void operator()(SSL *ssl) const { SSL_free(ssl); }
};
using SslPtr = std::unique_ptr<SSL, SslDeleter>;

// Repeats a non-blocking OpenSSL call, waiting for the socket as OpenSSL asks, until it
// succeeds (> 0) or fails for good, the client goes silent, or the server stops (<= 0).
template<typename Operation>
int runSslOperation(Connection &connection, SSL *ssl, Operation operation)
{
    for (;;) {
        ERR_clear_error();
        const int result = operation();
        if (result > 0)
            return result;
        switch (SSL_get_error(ssl, result)) {
        case SSL_ERROR_WANT_READ:
            if (!connection.waitReadable(kClientIdleLimit))
                return 0;
            break;
        case SSL_ERROR_WANT_WRITE:
            if (!connection.waitWritable(kClientIdleLimit))
                return 0;
            break;
        default:
            return result;
        }
    }
}

bool readHttpRequestHeader(Connection &connection, SSL *ssl, QByteArray &request)
{
    char chunk[4096];
    while (!hasCompleteHttpHeader(request)) {
        const int received = runSslOperation(connection, ssl, [&] { return SSL_read(ssl, chunk, sizeof chunk); });
        if (received <= 0)
            return false;
        request.append(chunk, received);
    }
    return true;
}

bool writeAllSsl(Connection &connection, SSL *ssl, const QByteArray &data)
{
    return runSslOperation(connection, ssl, [&] { return SSL_write(ssl, data.constData(), int(data.size())); }) > 0;
}

void readClientHello(Connection &connection)
{
    QByteArray hello;
    connection.readUntil(hello, hasCompleteTlsRecord, kClientIdleLimit);
}

// Neither a TLS record type (20..23) nor text in the first byte, so no client can mistake
// the answer for TLS, HTTP or a banner.
QByteArray garbageBytes()
{
    QByteArray bytes(kGarbageSize, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    bytes[0] = char(0x80 | quint8(bytes.at(0)));
    return bytes;
}

} // namespace

TlsTestServer::TlsTestServer(Config config)
    : m_config(std::move(config))
{
}

TlsTestServer::~TlsTestServer()
{
    stop();
}

bool TlsTestServer::start()
{
    if (m_config.behavior == Behavior::Tls) {
        m_context = std::make_unique<TlsServerContext>(m_config);
        if (!m_context->initialize(&m_errorString))
            return false;
    }
    m_server = std::make_unique<ConnectionServer>([this](Connection &connection) { serve(connection); }, m_config.limits);
    return m_server->start(m_config.port, &m_errorString);
}

quint16 TlsTestServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QString TlsTestServer::errorString() const
{
    return m_errorString;
}

int TlsTestServer::acceptedConnections() const
{
    return m_server ? m_server->acceptedConnections() : 0;
}

int TlsTestServer::limitedConnections() const
{
    return m_server ? m_server->limitedConnections() : 0;
}

int TlsTestServer::silentConnections() const
{
    return m_silent.load();
}

// Waits for the client's first bytes without taking them; false (and counted) when the
// client closed the connection without sending any.
bool TlsTestServer::clientSentSomething(Connection &connection) const
{
    while (connection.waitReadable(Connection::kUntilStopped)) {
        char byte = 0;
        const qint64 peeked = net::peekSome(connection.socket(), &byte, 1);
        if (peeked > 0)
            return true;
        if (peeked == 0) {
            ++m_silent;
            return false;
        }
        if (peeked == net::kFailed)
            return false;
    }
    return false;
}

void TlsTestServer::stop()
{
    if (m_server)
        m_server->stop();
}

void TlsTestServer::serve(Connection &connection) const
{
    if (m_config.startTls != StartTlsProtocol::None && m_config.behavior == Behavior::Tls) {
        if (serveStartTls(connection, m_config.startTls, m_config.startTlsVariant))
            serveTls(connection);
        else
            connection.closeGracefully();
        return;
    }
    // Everywhere else the client speaks first.
    if (m_config.behavior != Behavior::Banner && m_config.behavior != Behavior::ResetOnAccept) {
        if (!clientSentSomething(connection))
            return;
        if (m_config.answerDelayMs > 0 && !connection.pause(std::chrono::milliseconds(m_config.answerDelayMs)))
            return;
    }
    if (m_config.interceptConnect) {
        QByteArray request;
        if (!connection.readUntil(request, hasCompleteHttpHeader, kClientIdleLimit)
            || !connection.writeAll("HTTP/1.1 200 Connection established\r\n\r\n")) {
            connection.closeGracefully();
            return;
        }
    }
    switch (m_config.behavior) {
    case Behavior::Tls:
        serveTls(connection);
        break;
    case Behavior::Hang:
        connection.drain(Connection::kUntilStopped);
        break;
    case Behavior::ResetOnAccept:
        connection.closeWithReset();
        break;
    case Behavior::CloseAfterClientHello:
        readClientHello(connection);
        connection.closeGracefully();
        break;
    case Behavior::ResetAfterClientHello:
        readClientHello(connection);
        connection.closeWithReset();
        break;
    case Behavior::PlainHttp:
        servePlainHttp(connection);
        break;
    case Behavior::Banner:
        connection.writeAll(m_config.bannerText);
        connection.drain(kClientIdleLimit);
        connection.closeGracefully();
        break;
    case Behavior::Garbage:
        readClientHello(connection);
        connection.writeAll(garbageBytes());
        connection.closeGracefully();
        break;
    }
}

void TlsTestServer::serveTls(Connection &connection) const
{
    const SslPtr ssl(m_context->newSsl());
    QByteArray request;
    if (ssl && SSL_set_fd(ssl.get(), connection.socket()) == 1
        && runSslOperation(connection, ssl.get(), [&] { return SSL_accept(ssl.get()); }) > 0
        && readHttpRequestHeader(connection, ssl.get(), request)) {
        const QByteArray path = request.left(request.indexOf("\r\n")).split(' ').value(1);
        const QByteArray response = m_config.httpResponsesByPath.value(path, m_config.httpResponse);
        writeAllSsl(connection, ssl.get(), response.isEmpty() ? defaultHttpsPage() : response);
        // Sends close_notify; the client's own close_notify is not waited for.
        SSL_shutdown(ssl.get());
    }
    // A failed handshake has already sent its alert; what remains is closing with FIN.
    connection.closeGracefully();
}

void TlsTestServer::servePlainHttp(Connection &connection) const
{
    QByteArray request;
    if (connection.readUntil(request, httpHeaderEndedOrMalformed, kClientIdleLimit))
        connection.writeAll(httpResponse(400, "Bad Request", "text/html", "<html><body><h1>400 Bad Request</h1></body></html>\n"));
    connection.closeGracefully();
}

} // namespace testsupport
