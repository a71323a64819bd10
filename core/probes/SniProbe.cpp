#include "SniProbe.h"

#include "ProbeContext.h"
#include "ProbeResults.h"
#include "tls/TlsNames.h"

#include <future>

namespace hd {

namespace {

SniAttempt attempt(const ProbeContext &context, const QString &serverName)
{
    TlsClientConfig config;
    config.serverName = serverName;
    config.requestOcspStaple = false;
    const ProbeHandshake handshake = probeHandshake(context, config);
    SniAttempt result;
    result.attempted = handshake.connected();
    result.result = handshake.outcome.result;
    if (const std::optional<AlertEvent> alert = firstFatalAlertFromPeer(handshake.alerts))
        result.alert = tls::alertName(alert->code);
    if (!handshake.outcome.presentedChain.empty())
        result.leaf = CertificateInfo::fromX509(handshake.outcome.presentedChain.front().get(), CertificateInfo::Origin::Presented);
    return result;
}

QVariantMap attemptFacts(const SniAttempt &attempt)
{
    QVariantMap facts{{QStringLiteral("result"), handshakeResultKey(attempt.result)}};
    if (!attempt.leaf.sha256Fingerprint.isEmpty()) {
        facts.insert(QStringLiteral("certificate"), attempt.leaf.displayName());
        facts.insert(QStringLiteral("fingerprint"), attempt.leaf.sha256Fingerprint);
    }
    if (!attempt.alert.isEmpty())
        facts.insert(QStringLiteral("alert"), attempt.alert);
    return facts;
}

} // namespace

QVariantMap runSniProbe(const ProbeContext &context, ProbeResults &results)
{
    if (context.target.isIpLiteral) // RFC 6066: clients never send an address as SNI
        return {{QStringLiteral("skipped"), QStringLiteral("ip-address")}};
    SniProbeResult &sni = results.sni;
    // Both at once, so a server that stalls on one does not double the wait.
    std::future<SniAttempt> unrelated = std::async(std::launch::async, [&context] {
        return attempt(context, QLatin1String(kSniProbeUnrelatedName));
    });
    sni.withoutName = attempt(context, {});
    sni.unrelatedName = unrelated.get();
    sni.ran = true;
    return {{QStringLiteral("withoutSni"), attemptFacts(sni.withoutName)},
            {QStringLiteral("unrelatedName"), attemptFacts(sni.unrelatedName)},
            {QStringLiteral("unrelatedServerName"), QLatin1String(kSniProbeUnrelatedName)}};
}

} // namespace hd
