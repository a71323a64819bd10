#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace testsupport {

class Connection;
class ConnectionServer;

// A small HTTP/1.1 server on 127.0.0.1 for what a TLS client fetches on the side: AIA
// caIssuers certificates, CRLs, OCSP responses. One request per connection
// ("Connection: close"); the request target is matched exactly, query included.
// Routes and handler may be changed while the server runs.
class HttpTestServer
{
public:
    // Gets method, request target and body; returns the complete raw response.
    using Handler = std::function<QByteArray(const QByteArray &method, const QByteArray &path, const QByteArray &body)>;

    HttpTestServer();
    ~HttpTestServer();  // stops and joins everything
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    bool start(quint16 port = 0);  // 0: ephemeral; false with errorString() on failure
    void stop();
    quint16 port() const;
    QString errorString() const;
    QString url(const QByteArray &path) const;  // "http://127.0.0.1:PORT/path"

    // A fixed answer for GET (or any method) on `path`; takes precedence over the handler.
    void setRoute(const QByteArray &path, const QByteArray &contentType, const QByteArray &body);
    // Answers every request no route matches; without one those get "404 Not Found".
    void setHandler(Handler handler);
    // Waits this long before answering each request, to simulate a slow responder.
    void setDelayMs(int delayMs);
    int requestCount() const;  // requests read completely, thread-safe

private:
    struct Route {
        QByteArray contentType;
        QByteArray body;
    };

    void serve(Connection &connection);
    QByteArray respond(const QByteArray &method, const QByteArray &path, const QByteArray &body) const;

    mutable std::mutex m_mutex;  // guards the routes and the handler
    QMap<QByteArray, Route> m_routes;
    Handler m_handler;
    std::atomic<int> m_delayMs{0};
    std::atomic<int> m_requestCount{0};
    QString m_errorString;
    std::unique_ptr<ConnectionServer> m_server;
};

} // namespace testsupport
