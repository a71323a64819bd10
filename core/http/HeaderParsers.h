#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QVariantMap>

namespace hd {

// An HTTP Date header (RFC 9110 section 5.6.7): the IMF-fixdate form, and the obsolete
// RFC 850 and asctime forms recipients must still accept. Invalid for anything else.
QDateTime parseHttpDate(const QByteArray &value);

// A Strict-Transport-Security header (RFC 6797 section 6.1).
struct HstsPolicy
{
    bool valid = false;            // well-formed with a max-age: browsers follow it
    qint64 maxAgeSeconds = 0;      // 0 tells browsers to forget the policy
    bool includeSubDomains = false;
    bool preload = false;
};

HstsPolicy parseHsts(const QByteArray &value);
// valid, maxAge (seconds), includeSubDomains, preload: for timeline steps and findings.
QVariantMap hstsFacts(const HstsPolicy &policy);

} // namespace hd
