#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "http/HeaderParsers.h"

namespace hd {

namespace {

constexpr qsizetype kMaxQuotedHeader = 200; // evidence quotes the header, not a hostile megabyte
// Below 180 days the policy lapses between visits of many users; scanners (SSL Labs) and the
// HSTS preload list ask for at least this much.
constexpr qint64 kMinUsefulMaxAge = 180LL * 86400;

} // namespace

QList<Finding> checkHsts(const Observations &obs)
{
    // RFC 6797 8.1.1: browsers ignore HSTS for IP addresses, so there is nothing to ask for.
    if (!obs.http.received || obs.target.isIpLiteral)
        return {};
    const QByteArray header = obs.http.header("Strict-Transport-Security");
    const HstsPolicy policy = parseHsts(header);
    const QString quoted = QString::fromLatin1(header.left(kMaxQuotedHeader));
    const QString path = obs.target.path;
    if (policy.valid && policy.maxAgeSeconds >= kMinUsefulMaxAge)
        return {};
    if (policy.valid) {
        return {CauseCatalogue::make(HD_CAUSE("hsts-weak"),
                                     {{QStringLiteral("problem"), policy.maxAgeSeconds == 0 ? QStringLiteral("max-age-zero")
                                                                                             : QStringLiteral("too-short")},
                                      {QStringLiteral("header"), quoted},
                                      {QStringLiteral("maxAge"), policy.maxAgeSeconds},
                                      {QStringLiteral("minimumMaxAge"), kMinUsefulMaxAge},
                                      {QStringLiteral("path"), path}})};
    }
    return {CauseCatalogue::make(HD_CAUSE("hsts-missing"), {{QStringLiteral("problem"), header.isEmpty() ? QStringLiteral("absent")
                                                                                                          : QStringLiteral("invalid")},
                                                  {QStringLiteral("header"), quoted},
                                                  {QStringLiteral("path"), path},
                                                  {QStringLiteral("statusLine"), QString::fromLatin1(obs.http.statusLine.left(kMaxQuotedHeader))}})};
}

} // namespace hd
