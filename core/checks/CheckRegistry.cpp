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
    static const QStringList specific{QStringLiteral("protocol-too-old"), QStringLiteral("cipher-mismatch"),
                                      QStringLiteral("no-common-group")};
    static const QStringList generic{QStringLiteral("handshake-alert"), QStringLiteral("handshake-aborted"),
                                     QStringLiteral("tls-failed")};
    const bool explained = std::any_of(findings->cbegin(), findings->cend(), [](const Finding &finding) {
        return finding.severity == Severity::Error && specific.contains(finding.id);
    });
    if (explained)
        findings->removeIf([](const Finding &finding) { return generic.contains(finding.id); });
}

// The suites probe offers only the groups browsers offer: against a server that has none of
// them every suite looks refused, which no-common-group already explains.
void dropSuitesRefusedForGroups(QList<Finding> *findings)
{
    const bool noCommonGroup = std::any_of(findings->cbegin(), findings->cend(), [](const Finding &finding) {
        return finding.id == QLatin1String("no-common-group");
    });
    if (noCommonGroup)
        findings->removeIf([](const Finding &finding) { return finding.id == QLatin1String("cipher-mismatch"); });
}

// Behind a device that breaks handshakes, a probe's refused connection may be the device's
// doing, not the server's: conclusions drawn from refusals do not hold there.
void dropRefusalsSeenThroughInterference(QList<Finding> *findings)
{
    static const QStringList fromRefusals{QStringLiteral("cipher-mismatch"), QStringLiteral("protocol-too-old"),
                                          QStringLiteral("tls13-only"), QStringLiteral("no-common-group"),
                                          QStringLiteral("connections-limited")};
    const bool interference = std::any_of(findings->cbegin(), findings->cend(), [](const Finding &finding) {
        return finding.id == QLatin1String("version-interference");
    });
    if (interference)
        findings->removeIf([](const Finding &finding) { return fromRefusals.contains(finding.id); });
}

// Why a check had nothing to read, or empty when it had its input. Reason keys are public
// (README, JSON checks[].reason).
QString connectionGap(const Observations &obs)
{
    if (obs.resolve.status != ResolveOutcome::Status::Ok)
        return QStringLiteral("no-address");
    if (!obs.connected)
        return QStringLiteral("no-connection");
    return {};
}

// A mail, directory or database server that did not switch to TLS: no handshake to read.
QString upgradeGap(const Observations &obs)
{
    return obs.upgradeAttempted && !obs.upgrade.upgraded() ? QStringLiteral("no-handshake") : QString();
}

QString handshakeGap(const Observations &obs)
{
    if (QString gap = connectionGap(obs); !gap.isEmpty())
        return gap;
    return obs.handshakeEstablished() ? QString() : QStringLiteral("no-handshake");
}

// A probe that ran but got no definite answer at all could not tell anything.
// Why a probe's check could not conclude: every answer unknown, or some never asked for
// lack of time or because the server kept refusing connections. Empty when it concluded.
QString probeGap(const QString &name, const ProbeResults &probes)
{
    QStringList reasons;   // of the parts that told nothing
    int parts = 0;
    const auto note = [&](Support support, const QString &why) {
        ++parts;
        if (support == Support::Unknown)
            reasons << (why.isEmpty() ? QStringLiteral("no-answer") : why);
    };
    if (name == QLatin1String("protocol-versions")) {
        for (const VersionSupport &version : probes.protocolVersions.versions)
            note(version.support, version.how);
    } else if (name == QLatin1String("cipher-suites")) {
        for (const SuiteList &list : probes.cipherSuites.versions)
            note(list.complete ? Support::Accepted : Support::Unknown, list.unknownBecause);
    } else if (name == QLatin1String("key-exchange")) {
        const KeyExchangeResult &exchange = probes.keyExchange;
        parts = int(exchange.groups.size() + exchange.rejectedGroups.size());
        for (qsizetype i = 0; i < exchange.unknownGroups.size(); ++i)
            note(Support::Unknown, exchange.unknownBecause);
    } else {
        return {};
    }
    for (const char *unfinished : {kOutOfTime, kServerLimited}) {
        if (reasons.contains(QLatin1String(unfinished)))
            return QLatin1String(unfinished);
    }
    return parts > 0 && reasons.size() == parts ? QStringLiteral("no-answer") : QString();
}

QString missingInput(const CheckRegistry::Check &check, const Observations &obs)
{
    using N = CheckRegistry::Needs;
    switch (check.needs) {
    case N::Nothing:
        return {};
    case N::Connection:
        return connectionGap(obs);
    case N::Certificates:
        if (QString gap = connectionGap(obs); !gap.isEmpty())
            return gap;
        if (QString gap = upgradeGap(obs); !gap.isEmpty())
            return gap;
        return obs.presented.isEmpty() ? QStringLiteral("no-certificate") : QString();
    case N::HttpExchange:
    case N::HttpAnswer:
        if (!obs.target.speaksHttp()) // mail, directory and database servers
            return QStringLiteral("not-applicable");
        if (QString gap = handshakeGap(obs); !gap.isEmpty())
            return gap;
        if (!obs.httpAttempted)
            return QStringLiteral("not-https");
        return check.needs == N::HttpAnswer && !obs.http.received ? QStringLiteral("no-http-answer") : QString();
    case N::Probe:
        if (!obs.options.runProbes)
            return QStringLiteral("probes-off");
        if (QString gap = connectionGap(obs); !gap.isEmpty())
            return gap;
        if (QString gap = upgradeGap(obs); !gap.isEmpty())
            return gap;
        if (check.probeRan && !check.probeRan(obs.probes)) {
            if (QLatin1String(check.name) == QLatin1String("sni") && obs.target.isIpLiteral)
                return QStringLiteral("not-applicable");
            if (QLatin1String(check.name) == QLatin1String("revocation") && obs.verification.built.size() < 2)
                return QStringLiteral("no-issuer");
            return QStringLiteral("not-run");
        }
        return probeGap(QLatin1String(check.name), obs.probes);
    }
    return {};
}

} // namespace

const QList<CheckRegistry::Check> &CheckRegistry::checks()
{
    using N = Needs;
    static const QList<Check> all{
        {"reachability", checkReachability, N::Nothing, true,
         {HD_CAUSE("dns-failure"), HD_CAUSE("connection-refused"), HD_CAUSE("network-unreachable"), HD_CAUSE("timeout"),
          HD_CAUSE("proxy-unreachable"), HD_CAUSE("proxy-auth-required"), HD_CAUSE("proxy-refused"), HD_CAUSE("proxy-failed"),
          HD_CAUSE("proxy-script-unusable")}},
        {"handshake", checkHandshake, N::Connection, true,
         {HD_CAUSE("not-tls"), HD_CAUSE("handshake-aborted"), HD_CAUSE("sni-unknown"), HD_CAUSE("client-cert-required"),
          HD_CAUSE("handshake-alert"), HD_CAUSE("tls-failed"), HD_CAUSE("version-interference"), HD_CAUSE("starttls-not-offered"),
          HD_CAUSE("starttls-refused")}},
        {"trust", checkTrust, N::Certificates, true,
         {HD_CAUSE("self-signed"), HD_CAUSE("untrusted-root"), HD_CAUSE("incomplete-chain"), HD_CAUSE("cert-invalid"),
          HD_CAUSE("ca-file-unusable"), HD_CAUSE("trust-store-unusable"), HD_CAUSE("chain-order")}},
        {"validity", checkValidity, N::Certificates, true,
         {HD_CAUSE("cert-expired"), HD_CAUSE("cert-not-yet-valid"), HD_CAUSE("validity-too-long")}},
        {"hostname", checkHostname, N::Certificates, true, {HD_CAUSE("hostname-mismatch"), HD_CAUSE("missing-san")}},
        {"purpose", checkPurpose, N::Certificates, true, {HD_CAUSE("wrong-purpose")}},
        {"crypto-strength", checkCryptoStrength, N::Certificates, true, {HD_CAUSE("weak-signature"), HD_CAUSE("weak-key")}},
        {"http", checkHttp, N::HttpExchange, false, {HD_CAUSE("http-no-answer"), HD_CAUSE("https-downgrade-redirect")}},
        {"sni", checkSni, N::Probe, false, {HD_CAUSE("sni-required")},
         [](const ProbeResults &p) { return p.sni.ran; }},
        {"revocation", checkRevocation, N::Probe, false,
         {HD_CAUSE("revoked"), HD_CAUSE("ocsp-staple-invalid"), HD_CAUSE("ocsp-stapling-missing"),
          HD_CAUSE("revocation-unreachable"), HD_CAUSE("must-staple-missing")},
         [](const ProbeResults &p) { return p.revocation.ran; }},
        {"hsts", checkHsts, N::HttpAnswer, false, {HD_CAUSE("hsts-missing"), HD_CAUSE("hsts-weak")}},
        {"mixed-content", checkMixedContent, N::HttpAnswer, false, {HD_CAUSE("mixed-content")}},
        {"clock", checkClock, N::Connection, false, {HD_CAUSE("clock-skew")}},
        {"interception", checkInterception, N::Certificates, false, {HD_CAUSE("interception")}},
        {"protocol-versions", checkProtocolVersions, N::Probe, false, {HD_CAUSE("protocol-too-old"), HD_CAUSE("tls13-only")},
         [](const ProbeResults &p) { return p.protocolVersions.ran; }},
        {"cipher-suites", checkCipherSuites, N::Probe, false, {HD_CAUSE("cipher-mismatch"), HD_CAUSE("weak-cipher")},
         [](const ProbeResults &p) { return p.cipherSuites.ran; }},
        {"key-exchange", checkKeyExchange, N::Probe, false, {HD_CAUSE("weak-dh"), HD_CAUSE("no-common-group")},
         [](const ProbeResults &p) { return p.keyExchange.ran; }},
        {"connection-limit", checkConnectionLimit, N::Connection, false, {HD_CAUSE("connections-limited")}},
    };
    return all;
}

QList<Finding> CheckRegistry::evaluate(const Observations &observations)
{
    QList<Finding> findings;
    for (const Check &check : checks())
        findings += check.run(observations);
    dropExplainedHandshakeFailures(observations, &findings);
    dropRefusalsSeenThroughInterference(&findings);
    dropSuitesRefusedForGroups(&findings);
    CauseCatalogue::sortByRootCause(&findings);
    return findings;
}

QList<CheckResult> CheckRegistry::outcomes(const Observations &observations, const QList<Finding> &findings)
{
    QList<CheckResult> out;
    for (const Check &check : checks()) {
        CheckResult result;
        result.id = QLatin1String(check.name);
        result.decidesVerdict = check.decidesVerdict;
        const bool found = std::any_of(findings.cbegin(), findings.cend(), [&check](const Finding &finding) {
            return std::any_of(check.causes.cbegin(), check.causes.cend(),
                               [&finding](CauseId id) { return finding.id == QLatin1String(id.text()); });
        });
        // A check that found something ran, even on partial data (a TLS-1.3-only verdict
        // needs only the versions that answered).
        result.reason = found ? QString() : missingInput(check, observations);
        result.outcome = found                     ? CheckResult::Outcome::Found
                         : result.reason.isEmpty() ? CheckResult::Outcome::Passed
                                                   : CheckResult::Outcome::CouldNotRun;
        out << result;
    }
    return out;
}

QList<CheckResult> CheckRegistry::cancelledOutcomes()
{
    QList<CheckResult> out;
    for (const Check &check : checks())
        out << CheckResult{QLatin1String(check.name), CheckResult::Outcome::CouldNotRun, QStringLiteral("cancelled"),
                           check.decidesVerdict};
    return out;
}

} // namespace hd
