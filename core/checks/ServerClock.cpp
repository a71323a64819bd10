#include "ServerClock.h"

#include "Observations.h"
#include "http/HeaderParsers.h"

namespace hd {

std::optional<QDateTime> skewedServerTime(const Observations &obs)
{
    if (!obs.http.received || !obs.now.isValid())
        return std::nullopt;
    const QDateTime server = parseHttpDate(obs.http.header("Date"));
    if (!server.isValid() || qAbs(server.secsTo(obs.now)) <= kClockSkewLimitSecs)
        return std::nullopt;
    return server;
}

bool isValidAt(const CertificateInfo &cert, const QDateTime &time)
{
    return !(cert.notAfter.isValid() && time > cert.notAfter) && !(cert.notBefore.isValid() && time < cert.notBefore);
}

} // namespace hd
