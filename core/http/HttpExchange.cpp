#include "HttpExchange.h"

#include "net/NameResolver.h"

namespace hd {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

// Decodes a chunked body; returns false while it is incomplete.
bool dechunk(const QByteArray &raw, QByteArray *body)
{
    qsizetype pos = 0;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const QByteArray sizeField = raw.mid(pos, lineEnd - pos).split(';').value(0).trimmed();
        const qint64 size = sizeField.toLongLong(&ok, 16);
        if (!ok || size < 0)
            return true; // malformed: keep what we have
        pos = lineEnd + 2;
        if (size == 0)
            return true;
        // The size is the server's: compare it with what is left, never add it to pos.
        if (size > raw.size() - pos) {
            body->append(raw.mid(pos));
            return false;
        }
        body->append(raw.mid(pos, size));
        pos += size + 2;
    }
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpExchange::buildRequest(const QByteArray &method, const QString &authority, const QString &pathAndQuery)
{
    return method + ' ' + pathAndQuery.toLatin1() + " HTTP/1.1\r\nHost: " + authority.toLatin1()
           + "\r\nUser-Agent: HandshakeDoctor/" HD_VERSION "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

HttpResponse HttpExchange::parse(const QByteArray &raw)
{
    HttpResponse response;
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return response;
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    response.statusLine = lines.value(0).trimmed();
    if (!response.statusLine.startsWith("HTTP/"))
        return response;
    response.received = true;
    response.statusCode = response.statusLine.split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const QByteArray rest = raw.mid(headerEnd + 4);
    if (response.header("Transfer-Encoding").toLower().contains("chunked"))
        dechunk(rest, &response.body);
    else
        response.body = rest;
    return response;
}

HttpResponse HttpExchange::run(ByteStream &stream, const QByteArray &request, QDeadlineTimer deadline,
                               const CancelToken &cancel, qsizetype bodyLimit)
{
    HttpResponse response;
    if (NetResult sent = stream.write(request, deadline, cancel); !sent.ok()) {
        response.error = sent;
        return response;
    }
    const bool headRequest = request.startsWith("HEAD ");
    QByteArray raw;
    for (;;) {
        const NetResult got = stream.read(&raw, deadline, cancel);
        const bool ended = !got.ok();
        response = parse(raw);
        if (ended) {
            if (got.error != NetError::Closed)
                response.error = got;
            break;
        }
        const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (raw.size() > kMaxHeaderBytes)
                break;
            continue;
        }
        if (headRequest)
            break;
        const qint64 length = response.header("Content-Length").toLongLong();
        const bool chunked = response.header("Transfer-Encoding").toLower().contains("chunked");
        if (response.body.size() >= bodyLimit)
            break;
        if (!chunked && response.header("Content-Length").size() && response.body.size() >= length)
            break;
        if (chunked && dechunk(raw.mid(headerEnd + 4), &response.body))
            break;
    }
    response.body.truncate(bodyLimit);
    return response;
}

namespace {

// Opens a plain-HTTP connection to url's host and sends method + extra head lines + body.
// Through a proxy, the request names the whole URL and the connection goes to the proxy.
HttpResponse httpRequest(const QUrl &url, const ProxyServer &proxy, const QByteArray &method, const QByteArray &extraHead,
                         const QByteArray &body, QDeadlineTimer deadline, const CancelToken &cancel, qsizetype bodyLimit)
{
    HttpResponse response;
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        response.error = {NetError::Other, QStringLiteral("only http:// URLs are fetched")};
        return response;
    }
    const QString host = proxy.isSet() ? proxy.host : url.host();
    const quint16 port = proxy.isSet() ? proxy.port : quint16(url.port(80));
    QHostAddress address;
    if (!address.setAddress(host)) {
        const ResolveOutcome resolved = NameResolver::resolve(host, deadline, cancel);
        if (resolved.addresses.isEmpty()) {
            response.error = {NetError::Unreachable, resolved.errorText};
            return response;
        }
        address = resolved.addresses.first();
    }
    Socket socket;
    if (NetResult connected = socket.connect(address, port, deadline, cancel); !connected.ok()) {
        response.error = connected;
        return response;
    }
    const QString authority = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    const QString path = url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::FullyEncoded);
    const QString query = url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString();
    const QString target = (proxy.isSet() ? QStringLiteral("http://") + authority : QString()) + path + query;
    QByteArray request = HttpExchange::buildRequest(method, authority, target);
    request.chop(2); // reopen the head for the extra lines
    request += extraHead + proxy.authorizationLine() + "\r\n" + body;
    return HttpExchange::run(socket, request, deadline, cancel, bodyLimit);
}

} // namespace

HttpResponse httpGet(const QUrl &url, const ProxyServer &proxy, QDeadlineTimer deadline, const CancelToken &cancel,
                     qsizetype bodyLimit)
{
    return httpRequest(url, proxy, "GET", {}, {}, deadline, cancel, bodyLimit);
}

HttpResponse httpPost(const QUrl &url, const ProxyServer &proxy, const QByteArray &contentType, const QByteArray &body, QDeadlineTimer deadline,
                      const CancelToken &cancel, qsizetype bodyLimit)
{
    const QByteArray head = "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return httpRequest(url, proxy, "POST", head, body, deadline, cancel, bodyLimit);
}

} // namespace hd
