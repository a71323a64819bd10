// protocol-versions: which of SSL 3.0 and TLS 1.0 to 1.3 the server accepts, one
// connection each. TLS goes through OpenSSL with that one version allowed and every suite
// offered; SSL 3.0, which this OpenSSL cannot speak, through a hand-made hello.
#include "ProbeContext.h"
#include "ProbeResults.h"
#include "ProbeTasks.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

constexpr int kVersions[] = {0x0300, 0x0301, 0x0302, 0x0303, 0x0304};

// Everything OpenSSL has, NULL suites included: the point is to find any way in.
constexpr char kAnySuite[] = "ALL:COMPLEMENTOFALL:@SECLEVEL=0";

VersionSupport probeSsl3(const ProbeContext &context)
{
    VersionSupport result;
    result.version = 0x0300;
    const QList<quint16> offered = tls::enumerationCandidates(0x0300);
    const RawExchange exchange = probeRawExchange(context, buildClientHello({0x0300, offered, {}}));
    if (!exchange.connected()) {
        result.how = exchange.notTried.isEmpty() ? netErrorKey(exchange.connectError.error) : exchange.notTried;
        return result;
    }
    const HelloAnswer answer = readHelloAnswer(exchange.received, exchange.readError.error);
    result.support = supportOf(answer, 0x0300, &result.how);
    if (result.support == Support::Accepted && !offered.contains(answer.cipherSuite)) {
        result.support = Support::Unknown; // a choice never offered: nothing it says can be trusted
        result.how = QStringLiteral("unoffered-suite");
    } else if (result.support == Support::Accepted) {
        result.cipherSuite = answer.cipherSuite;
    }
    return result;
}

VersionSupport probeTls(const ProbeContext &context, int version)
{
    VersionSupport result;
    result.version = version;
    TlsClientConfig config;
    config.serverName = probeServerName(context);
    config.minVersion = config.maxVersion = version;
    config.cipherList = kAnySuite;
    config.cipherSuites = tls::kAllTls13SuiteNames;
    config.requestOcspStaple = false;
    const ProbeHandshake attempt = probeHandshake(context, config);
    result.support = supportOf(attempt, &result.how);
    if (result.support == Support::Accepted && attempt.outcome.established()) {
        result.cipherSuite = tls::cipherSuiteId(attempt.outcome.cipher).value_or(0);
        // The server negotiated another version than the only one we allowed: not believable.
        if (attempt.outcome.version != version) {
            result.support = Support::Unknown;
            result.how = QStringLiteral("other-version");
        }
    }
    return result;
}

QString supportKey(Support support)
{
    switch (support) {
    case Support::Accepted: return QStringLiteral("accepted");
    case Support::Rejected: return QStringLiteral("rejected");
    case Support::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

} // namespace

QVariantMap runProtocolVersionsProbe(const ProbeContext &context, ProbeResults &results)
{
    std::vector<VersionSupport> found(std::size(kVersions));
    std::vector<std::function<void()>> tasks;
    for (size_t i = 0; i < std::size(kVersions); ++i) {
        tasks.push_back([&context, &found, i] {
            found[i] = kVersions[i] == 0x0300 ? probeSsl3(context) : probeTls(context, kVersions[i]);
        });
    }
    runConcurrently(tasks);

    ProtocolVersionsResult &out = results.protocolVersions;
    out.versions = QList<VersionSupport>(found.cbegin(), found.cend());
    out.ran = true;

    QVariantMap facts;
    QVariantMap chosen;
    QVariantMap refusals;
    QStringList byStatus[3];
    for (const VersionSupport &version : std::as_const(out.versions)) {
        const QString name = tls::versionName(version.version);
        byStatus[int(version.support)] << name;
        if (version.support == Support::Accepted && version.cipherSuite)
            chosen.insert(name, tls::suiteName(version.cipherSuite));
        else if (!version.how.isEmpty())
            refusals.insert(name, version.how);
    }
    for (const Support support : {Support::Accepted, Support::Rejected, Support::Unknown})
        facts.insert(supportKey(support), byStatus[int(support)]);
    facts.insert(QStringLiteral("chosen"), chosen);
    facts.insert(QStringLiteral("refusals"), refusals);
    return facts;
}

} // namespace hd
