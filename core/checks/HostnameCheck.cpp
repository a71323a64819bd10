#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "cert/HostnameMatch.h"

#include <QHostAddress>

namespace hd {

namespace {

// Why a name is not covered, in the terms people get wrong most often.
QVariantMap mismatchHint(const QString &host, const QStringList &names)
{
    const QString lower = host.toLower();
    for (const QString &name : names) {
        const QString n = name.toLower();
        if (n == QLatin1String("www.") + lower)
            return {{QStringLiteral("hint"), QStringLiteral("www-only")}};
        if (lower == QLatin1String("www.") + n)
            return {{QStringLiteral("hint"), QStringLiteral("bare-only")}};
    }
    for (const QString &name : names) {
        if (!name.startsWith(QLatin1String("*.")))
            continue;
        const QString base = name.mid(2).toLower();
        if (lower == base)
            return {{QStringLiteral("hint"), QStringLiteral("wildcard-bare")}, {QStringLiteral("wildcard"), name}};
        if (lower.endsWith(QLatin1Char('.') + base))
            return {{QStringLiteral("hint"), QStringLiteral("wildcard-depth")}, {QStringLiteral("wildcard"), name}};
    }
    return {};
}

bool matchesIp(const QString &host, const QStringList &ips)
{
    const QHostAddress wanted(host);
    for (const QString &ip : ips) {
        if (QHostAddress(ip).isEqual(wanted))
            return true;
    }
    return false;
}

} // namespace

QList<Finding> checkHostname(const Observations &obs)
{
    if (obs.presented.isEmpty())
        return {};
    const CertificateInfo &leaf = obs.presented.first();
    const QString &host = obs.target.host;

    bool covered = false;
    if (obs.target.isIpLiteral) {
        covered = matchesIp(host, leaf.ipAddresses);
    } else {
        for (const QString &pattern : leaf.dnsNames)
            covered = covered || hostMatchesPattern(host, pattern);
    }
    if (covered)
        return {};

    const bool hasUsableSan = !leaf.dnsNames.isEmpty() || !leaf.ipAddresses.isEmpty();
    if (!hasUsableSan && !leaf.commonName.isEmpty()
        && (hostMatchesPattern(host, leaf.commonName) || (obs.target.isIpLiteral && matchesIp(host, {leaf.commonName})))) {
        return {CauseCatalogue::make(HD_CAUSE("missing-san"), {{QStringLiteral("host"), host},
                                                     {QStringLiteral("commonName"), leaf.commonName}})};
    }

    QStringList names = leaf.dnsNames + leaf.ipAddresses;
    if (names.isEmpty() && !leaf.commonName.isEmpty())
        names << leaf.commonName;
    QVariantMap facts{{QStringLiteral("host"), host},
                      {QStringLiteral("names"), names},
                      {QStringLiteral("certificate"), leaf.displayName()}};
    facts.insert(mismatchHint(host, names));
    return {CauseCatalogue::make(HD_CAUSE("hostname-mismatch"), facts)};
}

} // namespace hd
