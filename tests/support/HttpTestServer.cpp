#include "HttpTestServer.h"

#include "Connection.h"
#include "ConnectionServer.h"
#include "HttpMessages.h"

namespace testsupport {
namespace {

constexpr Connection::Duration kClientIdleLimit = std::chrono::seconds(10);

QByteArray withLeadingSlash(const QByteArray &path)
{
    return path.startsWith('/') ? path : '/' + path;
}

qint64 contentLength(const QByteArray &header)
{
    for (const QByteArray &line : header.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return 0;
}

} // namespace

HttpTestServer::HttpTestServer() = default;

HttpTestServer::~HttpTestServer()
{
    stop();
}

bool HttpTestServer::start(quint16 port)
{
    m_server = std::make_unique<ConnectionServer>([this](Connection &connection) { serve(connection); });
    return m_server->start(port, &m_errorString);
}

void HttpTestServer::stop()
{
    if (m_server)
        m_server->stop();
}

quint16 HttpTestServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QString HttpTestServer::errorString() const
{
    return m_errorString;
}

QString HttpTestServer::url(const QByteArray &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(QString::fromLatin1(withLeadingSlash(path)));
}

void HttpTestServer::setRoute(const QByteArray &path, const QByteArray &contentType, const QByteArray &body)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_routes.insert(withLeadingSlash(path), Route{contentType, body});
}

void HttpTestServer::setHandler(Handler handler)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_handler = std::move(handler);
}

void HttpTestServer::setDelayMs(int delayMs)
{
    m_delayMs = delayMs;
}

int HttpTestServer::requestCount() const
{
    return m_requestCount.load();
}

void HttpTestServer::serve(Connection &connection)
{
    QByteArray request;
    if (!connection.readUntil(request, hasCompleteHttpHeader, kClientIdleLimit))
        return;
    const qsizetype headerSize = request.indexOf("\r\n\r\n") + 4;
    const QByteArray header = request.left(headerSize);
    QByteArray body = request.mid(headerSize);
    const qint64 bodySize = contentLength(header);
    if (!connection.readUntil(body, [bodySize](const QByteArray &received) { return received.size() >= bodySize; },
                              kClientIdleLimit))
        return;
    ++m_requestCount;

    const QList<QByteArray> requestLine = header.left(header.indexOf("\r\n")).split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray path = requestLine.value(1);
    if (connection.pause(Connection::Duration(m_delayMs.load())))
        connection.writeAll(respond(method, path, body.left(bodySize)));
    connection.closeGracefully();
}

QByteArray HttpTestServer::respond(const QByteArray &method, const QByteArray &path, const QByteArray &body) const
{
    Handler handler;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto route = m_routes.constFind(path);
        if (route != m_routes.cend())
            return httpResponse(200, "OK", route->contentType, route->body);
        handler = m_handler;
    }
    // Called without the lock, so a handler may change routes.
    if (handler)
        return handler(method, path, body);
    return httpResponse(404, "Not Found", "text/plain", "not found\n");
}

} // namespace testsupport
