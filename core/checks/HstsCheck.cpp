#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "http/HeaderParsers.h"

namespace hd {

namespace {

constexpr qsizetype kMaxQuotedHeader = 200; // evidence quotes the header, not a hostile megabyte

} // namespace

QList<Finding> checkHsts(const Observations &obs)
{
    // RFC 6797 8.1.1: browsers ignore HSTS for IP addresses, so there is nothing to ask for.
    if (!obs.http.received || obs.target.isIpLiteral)
        return {};
    const QByteArray header = obs.http.header("Strict-Transport-Security");
    const HstsPolicy policy = parseHsts(header);
    if (policy.valid && policy.maxAgeSeconds > 0)
        return {};
    const QString problem = header.isEmpty() ? QStringLiteral("absent")
                            : !policy.valid  ? QStringLiteral("invalid")
                                             : QStringLiteral("max-age-zero");
    return {CauseCatalogue::make(HD_CAUSE("hsts-missing"), {{QStringLiteral("problem"), problem},
                                                  {QStringLiteral("header"), QString::fromLatin1(header.left(kMaxQuotedHeader))},
                                                  {QStringLiteral("path"), obs.target.path},
                                                  {QStringLiteral("statusLine"), QString::fromLatin1(obs.http.statusLine.left(kMaxQuotedHeader))}})};
}

} // namespace hd
