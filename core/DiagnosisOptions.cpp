#include "DiagnosisOptions.h"

#include <QUrl>

#include <cmath>

namespace hd {

int timeoutMsFromSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds * 1000 < kMinTimeoutMs || seconds * 1000 > kMaxTimeoutMs)
        return -1;
    return int(std::lround(seconds * 1000));
}

bool AddressOverride::parse(const QString &text, AddressOverride *out)
{
    // HOST:PORT:ADDRESS, where ADDRESS may be an IPv6 literal, with or without brackets.
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char(':'), first + 1);
    if (first <= 0 || second < 0)
        return false;
    bool portOk = false;
    const int port = text.mid(first + 1, second - first - 1).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return false;
    QString address = text.mid(second + 1);
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    QHostAddress parsed;
    if (!parsed.setAddress(address))
        return false;
    out->host = QString::fromLatin1(QUrl::toAce(text.left(first))).toLower();
    out->port = quint16(port);
    out->address = parsed;
    return true;
}

} // namespace hd
