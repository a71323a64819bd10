// protocol-versions: which of SSL 3.0 and TLS 1.0 to 1.3 the server accepts, one
// connection each: a hand-made hello that offers that version alone and every suite it
// can use. The server's ServerHello (or HelloRetryRequest) accepts the version and names its
// first choice of suite; an alert or a close refuses it. Reading that first answer is all
// it takes, so each costs one round trip after TCP and no key exchange, and the
// cipher-suites probe goes on from the chosen suite (FirstHellos).
#include "ProbeContext.h"
#include "ProbeResults.h"
#include "ProbeTasks.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

constexpr int kVersions[] = {0x0300, 0x0301, 0x0302, 0x0303, 0x0304};

VersionSupport probeVersion(const ProbeContext &context, int version)
{
    VersionSupport result;
    result.version = version;
    const QList<quint16> offered = helloCandidates(version);
    const HelloAnswer answer = sendHello(context, version, offered, {}, &result.how);
    if (!result.how.isEmpty())
        return result;
    result.support = supportOf(answer, version, &result.how);
    if (result.support == Support::Accepted && !offered.contains(answer.cipherSuite)) {
        result.support = Support::Rejected; // a choice never offered: every client hangs up on it
        result.how = QStringLiteral("unoffered-suite");
    } else if (result.support == Support::Accepted) {
        result.cipherSuite = answer.cipherSuite;
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
            found[i] = probeVersion(context, kVersions[i]);
            context.firstHellos->publish(found[i]);
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
