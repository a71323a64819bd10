#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "cert/HostnameMatch.h"

namespace hd {

namespace {

bool covers(const CertificateInfo &cert, const QString &host)
{
    for (const QString &pattern : cert.dnsNames) {
        if (hostMatchesPattern(host, pattern))
            return true;
    }
    return false;
}

// What a client got for a name; "failed" with the reason when it got no certificate.
QVariantMap attemptFacts(const SniAttempt &attempt)
{
    if (attempt.result == HandshakeOutcome::Result::Established)
        return {{QStringLiteral("certificate"), attempt.leaf.displayName().isEmpty() ? attempt.leaf.dnsNames.value(0)
                                                                                     : attempt.leaf.displayName()},
                {QStringLiteral("names"), attempt.leaf.dnsNames + attempt.leaf.ipAddresses}};
    return {{QStringLiteral("failed"), true},
            {QStringLiteral("reason"), attempt.alert.isEmpty() ? handshakeResultKey(attempt.result) : attempt.alert}};
}

} // namespace

QList<Finding> checkSni(const Observations &obs)
{
    const SniProbeResult &sni = obs.probes.sni;
    if (!obs.probesRan || !sni.ran || !obs.handshakeEstablished() || obs.presented.isEmpty())
        return {};
    const CertificateInfo &withName = obs.presented.first();
    const QString &host = obs.target.host;
    if (!covers(withName, host))
        return {}; // then even SNI clients fail: hostname-mismatch says so
    const SniAttempt &withoutName = sni.withoutName;
    using R = HandshakeOutcome::Result;
    switch (withoutName.result) {
    case R::Established:
        if (withoutName.leaf.sha256Fingerprint == withName.sha256Fingerprint || covers(withoutName.leaf, host))
            return {};
        break;
    case R::PeerAlert: case R::PeerClosed: case R::PeerReset: case R::LocalFailure:
        break; // the server turned the client away
    default:
        return {}; // a timeout or lost connection proves nothing about SNI
    }
    QVariantMap facts{{QStringLiteral("host"), host},
                      {QStringLiteral("certificate"), withName.displayName()},
                      {QStringLiteral("withoutSni"), attemptFacts(withoutName)}};
    if (sni.unrelatedName.attempted) {
        facts.insert(QStringLiteral("unrelatedName"), QLatin1String(kSniProbeUnrelatedName));
        facts.insert(QStringLiteral("withUnrelatedName"), attemptFacts(sni.unrelatedName));
    }
    return {CauseCatalogue::make(HD_CAUSE("sni-required"), facts)};
}

} // namespace hd
