#include "HttpMessages.h"

#include "Connection.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace testsupport {
namespace {

QByteArray httpDate()
{
    // RFC 9110 IMF-fixdate; the C locale keeps day and month names English.
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool isHeaderByte(char byte)
{
    const auto value = static_cast<unsigned char>(byte);
    return (value >= 0x20 && value < 0x7f) || byte == '\r' || byte == '\n' || byte == '\t';
}

} // namespace

QByteArray httpResponse(int statusCode, const QByteArray &reason, const QByteArray &contentType,
                        const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(statusCode) + ' ' + reason + "\r\n"
        + "Date: " + httpDate() + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
        + extraHeaders
        + "Connection: close\r\n\r\n" + body;
}

QByteArray defaultHttpsPage()
{
    return httpResponse(200, "OK", "text/html; charset=utf-8",
                        "<!DOCTYPE html>\n<html><head><title>Handshake Doctor test server</title></head>"
                        "<body><p>Hello over TLS.</p></body></html>\n",
                        "Strict-Transport-Security: max-age=31536000; includeSubDomains\r\n");
}

bool httpHeaderEndedOrMalformed(const QByteArray &buffer)
{
    return hasCompleteHttpHeader(buffer) || !std::all_of(buffer.cbegin(), buffer.cend(), isHeaderByte);
}

} // namespace testsupport
