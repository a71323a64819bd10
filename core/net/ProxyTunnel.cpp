#include "ProxyTunnel.h"

#include <QNetworkProxyFactory>

namespace hd {

namespace {

constexpr qsizetype kMaxAnswerHead = 16384; // a proxy's status line and headers
constexpr qsizetype kMaxQuoted = 200;       // of a status line quoted as evidence

QString authority(const QString &host, quint16 port)
{
    const QString bracketed = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1:%2").arg(bracketed).arg(port);
}

QByteArray connectRequest(const ProxyServer &proxy, const QString &host, quint16 port)
{
    const QByteArray where = authority(host, port).toLatin1();
    QByteArray request = "CONNECT " + where + " HTTP/1.1\r\nHost: " + where + "\r\n";
    return request + proxy.authorizationLine() + "\r\n";
}

// The status code and the login scheme asked for: Proxy-Authenticate's on a 407, or
// WWW-Authenticate's, which some proxies (tinyproxy) send with a 401 for a wrong password.
void parseAnswerHead(const QByteArray &head, ConnectAnswer *answer)
{
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    answer->statusLine = QString::fromLatin1(statusLine.left(kMaxQuoted));
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 && parts[0].startsWith("HTTP/") ? parts[1].toInt(&ok) : 0;
    if (!ok) {
        answer->error = {NetError::Other, QStringLiteral("not an HTTP answer")};
        return;
    }
    answer->status = status;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).trimmed().toLower() : QByteArray();
        const bool proxyHeader = name == "proxy-authenticate";
        if (proxyHeader || (name == "www-authenticate" && answer->authScheme.isEmpty()))
            answer->authScheme = QString::fromLatin1(line.mid(colon + 1).trimmed().split(' ').value(0).left(40));
        if (proxyHeader)
            break;
    }
}

} // namespace

QString ProxyServer::display() const
{
    return authority(host, port);
}

QByteArray ProxyServer::authorizationLine() const
{
    if (user.isEmpty())
        return {};
    return "Proxy-Authorization: Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64() + "\r\n";
}

bool ProxyServer::parse(const QString &text, ProxyServer *out)
{
    const QString trimmed = text.trimmed();
    const QUrl url = QUrl::fromUserInput(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("http")
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return false;
    out->host = url.host();
    out->port = quint16(url.port(8080));
    out->user = url.userName();
    out->password = url.password();
    out->source = QStringLiteral("option");
    return true;
}

ProxyServer chooseProxy(ProxyMode mode, const QString &given, const QUrl &destination)
{
    ProxyServer server;
    if (mode == ProxyMode::Given)
        ProxyServer::parse(given, &server);
    if (mode != ProxyMode::System)
        return server;
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(destination));
    if (!proxies.isEmpty() && proxies.first().type() == QNetworkProxy::HttpProxy) {
        const QNetworkProxy &proxy = proxies.first();
        server = {proxy.hostName(), quint16(proxy.port() > 0 ? proxy.port() : 8080), proxy.user(), proxy.password(),
                  QStringLiteral("system")};
    }
    return server;
}

ConnectAnswer ProxyTunnel::request(Socket &socket, const ProxyServer &proxy, const QString &host, quint16 port,
                                   QDeadlineTimer deadline, const CancelToken &cancel)
{
    ConnectAnswer answer;
    if (NetResult sent = socket.write(connectRequest(proxy, host, port), deadline, cancel); !sent.ok()) {
        answer.error = sent;
        return answer;
    }
    QByteArray received;
    while (!received.contains("\r\n\r\n")) {
        if (received.size() > kMaxAnswerHead) {
            answer.error = {NetError::Other, QStringLiteral("answer head too long")};
            return answer;
        }
        if (NetResult read = socket.read(&received, deadline, cancel); !read.ok()) {
            answer.error = read;
            if (!received.isEmpty())
                parseAnswerHead(received, &answer); // quote what came before the end
            return answer;
        }
    }
    parseAnswerHead(received.left(received.indexOf("\r\n\r\n")), &answer);
    return answer;
}

NetResult ProxyTunnel::open(Socket &socket, const ProxyRoute &route, const QHostAddress &address, const QString &host,
                            quint16 port, QDeadlineTimer deadline, const CancelToken &cancel)
{
    if (!route.isSet())
        return socket.connect(address, port, deadline, cancel);
    if (NetResult connected = socket.connect(route.address, route.server.port, deadline, cancel); !connected.ok())
        return connected;
    const ConnectAnswer answer = request(socket, route.server, host, port, deadline, cancel);
    if (!answer.error.ok())
        return answer.error;
    if (!answer.tunnelOpen())
        return {NetError::Refused, answer.statusLine};
    return {};
}

} // namespace hd
