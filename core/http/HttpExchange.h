#pragma once

#include "net/ProxyTunnel.h"
#include "net/Socket.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace hd {

struct HttpResponse
{
    bool received = false;       // a status line arrived
    QByteArray statusLine;
    int statusCode = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;             // de-chunked, at most the limit given
    NetResult error;             // why the exchange stopped early, if it did

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive name
};

// One HTTP/1.1 request with "Connection: close" over any byte stream, plain or TLS.
class HttpExchange
{
public:
    static constexpr qsizetype kDefaultBodyLimit = 2 * 1024 * 1024;

    static QByteArray buildRequest(const QByteArray &method, const QString &authority, const QString &pathAndQuery);
    static HttpResponse run(ByteStream &stream, const QByteArray &request, QDeadlineTimer deadline,
                            const CancelToken &cancel, qsizetype bodyLimit = kDefaultBodyLimit);
    // Parses what has arrived so far; exposed for tests with hostile input.
    static HttpResponse parse(const QByteArray &raw);
};

// GET over plain HTTP, resolving the host itself: for AIA caIssuers and similar downloads.
HttpResponse httpGet(const QUrl &url, const ProxyServer &proxy, QDeadlineTimer deadline, const CancelToken &cancel,
                     qsizetype bodyLimit = HttpExchange::kDefaultBodyLimit);
// POST over plain HTTP, for OCSP requests (RFC 6960 appendix A).
HttpResponse httpPost(const QUrl &url, const ProxyServer &proxy, const QByteArray &contentType, const QByteArray &body, QDeadlineTimer deadline,
                      const CancelToken &cancel, qsizetype bodyLimit = HttpExchange::kDefaultBodyLimit);

} // namespace hd
