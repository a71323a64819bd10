#pragma once

#include <QByteArray>

namespace testsupport {

// A complete HTTP/1.1 response that closes the connection (the test servers answer one
// request per connection).
// extraHeaders: complete header lines, each ending in "\r\n".
QByteArray httpResponse(int statusCode, const QByteArray &reason, const QByteArray &contentType,
                        const QByteArray &body, const QByteArray &extraHeaders = {});

// The "200 OK" page a TLS test server answers with unless told otherwise: what a healthy
// modern site sends, HSTS included.
QByteArray defaultHttpsPage();

// readUntil() predicate: the request header is complete, or a byte that cannot occur in
// one (a TLS ClientHello, say) shows it never will be, which is when real HTTP servers
// answer "400 Bad Request" straight away.
bool httpHeaderEndedOrMalformed(const QByteArray &buffer);

} // namespace testsupport
