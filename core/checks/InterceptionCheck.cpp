#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "cert/PublicRoots.h"

#include <QRegularExpression>

namespace hd {

namespace {

// Words that TLS-inspecting products put into the root certificates they install, and the
// product to name. Matched case-insensitively against the root's subject.
struct Product
{
    const char *pattern;
    const char *name;
};

const Product kProducts[] = {
    {"kaspersky", "Kaspersky"},
    {"\\beset\\b", "ESET"},
    {"\\bavast\\b", "Avast"},
    {"\\bavg\\b", "AVG"},
    {"bitdefender", "Bitdefender"},
    {"fortinet|fortigate", "Fortinet FortiGate"},
    {"zscaler", "Zscaler"},
    {"palo ?alto", "Palo Alto Networks"},
    {"blue ?coat|proxysg", "Blue Coat / Symantec ProxySG"},
    {"cisco umbrella|opendns", "Cisco Umbrella"},
    {"sophos", "Sophos"},
    {"mitmproxy", "mitmproxy"},
    {"fiddler|do_not_trust", "Fiddler"},
    {"charles proxy", "Charles Proxy"},
    {"portswigger|\\bburp\\b", "Burp Suite"},
    {"netskope", "Netskope"},
    {"forcepoint|websense", "Forcepoint"},
    {"check ?point", "Check Point"},
    {"barracuda", "Barracuda"},
    {"watchguard", "WatchGuard"},
    {"sonicwall", "SonicWall"},
    {"mcafee", "McAfee"},
    {"norton", "Norton"},
    {"trend ?micro", "Trend Micro"},
};

QString guessProduct(const CertificateInfo &root)
{
    for (const Product &product : kProducts) {
        const QRegularExpression pattern(QLatin1String(product.pattern), QRegularExpression::CaseInsensitiveOption);
        if (pattern.match(root.subject).hasMatch())
            return QLatin1String(product.name);
    }
    return {};
}

// A private root is expected, not a sign of interception, for names no public authority
// can certify: special-use and common internal top-level names (RFC 6761, RFC 8375),
// single-label names, and IP addresses.
bool isPublicName(const Target &target)
{
    if (target.isIpLiteral)
        return false;
    QString host = target.host.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (!host.contains(QLatin1Char('.')) || host.endsWith(QLatin1String(".home.arpa")))
        return false;
    static const QStringList internal{
        QStringLiteral("test"), QStringLiteral("example"), QStringLiteral("invalid"), QStringLiteral("localhost"),
        QStringLiteral("local"), QStringLiteral("internal"), QStringLiteral("intranet"), QStringLiteral("lan"),
        QStringLiteral("corp"), QStringLiteral("home"), QStringLiteral("private")};
    return !internal.contains(host.section(QLatin1Char('.'), -1));
}

} // namespace

bool interceptionSuspected(const Observations &obs)
{
    const ChainVerification &v = obs.verification;
    // Without Mozilla's list (resources/mozilla-roots.txt missing) every root is unknown.
    if (!PublicRoots::isAvailable() || obs.presented.isEmpty() || v.built.isEmpty() || !v.anchoredInStore)
        return false;
    // A root the user passed with --ca-file is their own deliberate choice.
    if (obs.anchorFromExtraCaFile || !isPublicName(obs.target))
        return false;
    return !PublicRoots::contains(v.built.last().sha256Fingerprint);
}

QList<Finding> checkInterception(const Observations &obs)
{
    if (!interceptionSuspected(obs))
        return {};
    const CertificateInfo &root = obs.verification.built.last();
    QVariantMap facts{{QStringLiteral("root"), root.displayName()},
                      {QStringLiteral("subject"), root.subject},
                      {QStringLiteral("fingerprint"), root.sha256Fingerprint},
                      {QStringLiteral("product"), guessProduct(root)},
                      {QStringLiteral("publicRoots"), PublicRoots::count()},
                      {QStringLiteral("host"), obs.target.host}};
    // Through a proxy: what the site itself sent on a direct connection, if one was possible.
    const DirectComparison &direct = obs.proxy.direct;
    if (direct.attempted) {
        const bool same = direct.leafFingerprint == obs.presented.first().sha256Fingerprint;
        facts.insert(QStringLiteral("proxy"), obs.proxy.server.display());
        facts.insert(QStringLiteral("direct"), direct.leafFingerprint.isEmpty() ? QStringLiteral("failed")
                                               : same                         ? QStringLiteral("same")
                                                                              : QStringLiteral("different"));
        facts.insert(QStringLiteral("directIssuer"), direct.issuer);
        facts.insert(QStringLiteral("directError"), direct.error);
    }
    return {CauseCatalogue::make(HD_CAUSE("interception"), facts)};
}

} // namespace hd
