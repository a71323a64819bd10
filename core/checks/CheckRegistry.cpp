#include "CheckRegistry.h"

#include "CauseCatalogue.h"
#include "Observations.h"

#include <algorithm>

namespace hd {

namespace {

// When the main handshake failed and the probes found that the server speaks only
// versions or suites no current client has, that error names why; the generic "the
// handshake failed" findings would only say the same thing less precisely.
void dropExplainedHandshakeFailures(const Observations &obs, QList<Finding> *findings)
{
    if (obs.handshakeEstablished())
        return;
    static const QStringList specific{QStringLiteral("protocol-too-old"), QStringLiteral("cipher-mismatch")};
    static const QStringList generic{QStringLiteral("handshake-alert"), QStringLiteral("handshake-aborted"),
                                     QStringLiteral("tls-failed")};
    const bool explained = std::any_of(findings->cbegin(), findings->cend(), [](const Finding &finding) {
        return finding.severity == Severity::Error && specific.contains(finding.id);
    });
    if (explained)
        findings->removeIf([](const Finding &finding) { return generic.contains(finding.id); });
}

} // namespace

const QList<CheckRegistry::Check> &CheckRegistry::checks()
{
    static const QList<Check> all{
        {"reachability", checkReachability},
        {"handshake", checkHandshake},
        {"trust", checkTrust},
        {"validity", checkValidity},
        {"hostname", checkHostname},
        {"purpose", checkPurpose},
        {"crypto-strength", checkCryptoStrength},
        {"http", checkHttp},
        {"sni", checkSni},
        {"revocation", checkRevocation},
        {"hsts", checkHsts},
        {"mixed-content", checkMixedContent},
        {"clock", checkClock},
        {"interception", checkInterception},
        {"protocol-versions", checkProtocolVersions},
        {"cipher-suites", checkCipherSuites},
        {"key-exchange", checkKeyExchange},
    };
    return all;
}

QList<Finding> CheckRegistry::evaluate(const Observations &observations)
{
    QList<Finding> findings;
    for (const Check &check : checks())
        findings += check.run(observations);
    dropExplainedHandshakeFailures(observations, &findings);
    CauseCatalogue::sortByRootCause(&findings);
    return findings;
}

} // namespace hd
