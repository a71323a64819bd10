// cipher-suites: the suites the server accepts at each version, and whether it picks by its
// own order. For SSL 3.0 to TLS 1.2 a hand-made hello offers every candidate suite, the
// server names its choice in the ServerHello, and the next hello leaves that one out, until
// the server refuses the rest. The same hellos reach the obsolete suites OpenSSL lacks, and
// reading only the ServerHello costs one round trip after TCP and no key exchange. TLS 1.3
// has five suites: each gets a real handshake of its own.
#include "ProbeContext.h"
#include "ProbeResults.h"
#include "ProbeTasks.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

// Real servers accept a few dozen at most; one that keeps "accepting" is answering nonsense.
constexpr int kMaxSuitesPerVersion = 64;

// Sets *why when the connection told nothing (not tried, no connection).
HelloAnswer offer(const ProbeContext &context, int version, const QList<quint16> &suites, QString *why)
{
    const QString serverName = version >= 0x0301 ? probeServerName(context) : QString();
    const RawExchange exchange = probeRawExchange(context, buildClientHello({version, suites, serverName}));
    if (!exchange.connected())
        *why = exchange.notTried.isEmpty() ? netErrorKey(exchange.connectError.error) : exchange.notTried;
    return readHelloAnswer(exchange.received, exchange.readError.error);
}

SuiteList enumerate(const ProbeContext &context, int version)
{
    SuiteList list;
    list.version = version;
    QList<quint16> remaining = tls::enumerationCandidates(version);
    while (!remaining.isEmpty() && list.suites.size() < kMaxSuitesPerVersion && !context.cancel.isCancelled()) {
        QString why;
        const HelloAnswer answer = offer(context, version, remaining, &why);
        const Support support = why.isEmpty() ? supportOf(answer, version, &why) : Support::Unknown;
        if (support == Support::Unknown) {
            list.unknownBecause = why;
            return list;
        }
        if (support == Support::Rejected) {
            // Switching versions halfway is no refusal but a server to distrust.
            if (!list.suites.isEmpty() && answer.kind == HelloAnswer::Kind::ServerHello)
                return list;
            if (list.suites.isEmpty())
                list.support = Support::Rejected;
            list.complete = true;
            return list;
        }
        if (!remaining.contains(answer.cipherSuite)) {
            list.unknownBecause = QStringLiteral("unoffered-suite"); // nothing it says can be trusted
            return list;
        }
        list.support = Support::Accepted;
        list.suites << answer.cipherSuite;
        remaining.removeOne(answer.cipherSuite);
    }
    list.complete = remaining.isEmpty();
    return list;
}

// A server that picks by its own order chooses its favourite whatever order the client
// offers; one that follows the client takes the first it supports.
void detectServerOrder(const ProbeContext &context, SuiteList *list)
{
    if (list->suites.size() < 2 || context.cancel.isCancelled())
        return;
    const QList<quint16> reversed(list->suites.crbegin(), list->suites.crend());
    QString why;
    const HelloAnswer answer = offer(context, list->version, reversed, &why);
    list->serverOrder = why.isEmpty() && answer.kind == HelloAnswer::Kind::ServerHello && answer.version == list->version
                        && answer.cipherSuite == list->suites.first();
}

struct SuiteSupport
{
    Support support = Support::Unknown;
    QString how;
};

SuiteSupport probeTls13Suite(const ProbeContext &context, quint16 suite)
{
    TlsClientConfig config;
    config.serverName = probeServerName(context);
    config.minVersion = config.maxVersion = 0x0304;
    config.cipherSuites = tls::suiteName(suite).toLatin1();
    config.requestOcspStaple = false;
    SuiteSupport result;
    result.support = supportOf(probeHandshake(context, config), &result.how);
    return result;
}

SuiteList tls13List(const QList<quint16> &suites, const std::vector<SuiteSupport> &support)
{
    SuiteList list;
    list.version = 0x0304;
    list.complete = true;
    bool anyRejected = false;
    for (qsizetype i = 0; i < suites.size(); ++i) {
        const SuiteSupport &one = support[size_t(i)];
        if (one.support == Support::Accepted)
            list.suites << suites[i];
        anyRejected = anyRejected || one.support == Support::Rejected;
        if (one.support == Support::Unknown) {
            list.complete = false;
            list.unknownBecause = one.how;
        }
    }
    list.support = !list.suites.isEmpty() ? Support::Accepted
                   : list.complete && anyRejected ? Support::Rejected
                                                  : Support::Unknown;
    return list;
}

} // namespace

QVariantMap runCipherSuitesProbe(const ProbeContext &context, ProbeResults &results)
{
    constexpr int kLegacyVersions[] = {0x0303, 0x0302, 0x0301, 0x0300}; // the longest chain starts first
    std::vector<SuiteList> legacy(std::size(kLegacyVersions));
    const QList<quint16> tls13 = tls::tls13Suites();
    std::vector<SuiteSupport> tls13Support(size_t(tls13.size()));

    // TLS 1.2's list takes the longest chain of connections, one after the other: it goes
    // with the first probes, so that it does not end the diagnosis last.
    const ProbeContext longestChain = context.withPriority(ConnectionScheduler::Priority::ProtocolVersions);
    std::vector<std::function<void()>> tasks;
    for (size_t i = 0; i < std::size(kLegacyVersions); ++i) {
        const ProbeContext &own = kLegacyVersions[i] == 0x0303 ? longestChain : context;
        tasks.push_back([&own, &legacy, i, version = kLegacyVersions[i]] {
            legacy[i] = enumerate(own, version);
            detectServerOrder(own, &legacy[i]);
        });
    }
    for (qsizetype i = 0; i < tls13.size(); ++i)
        tasks.push_back([&context, &tls13, &tls13Support, i] { tls13Support[size_t(i)] = probeTls13Suite(context, tls13[i]); });
    runConcurrently(tasks);

    CipherSuitesResult &out = results.cipherSuites;
    out.versions.clear();
    for (auto it = legacy.crbegin(); it != legacy.crend(); ++it) // SSL 3.0 first
        out.versions << *it;
    out.versions << tls13List(tls13, tls13Support);
    out.ran = true;

    QVariantMap suites;
    QStringList serverOrder;
    QStringList incomplete;
    for (const SuiteList &list : std::as_const(out.versions)) {
        const QString version = tls::versionName(list.version);
        if (list.support == Support::Accepted) {
            QStringList names;
            for (const quint16 suite : list.suites)
                names << tls::suiteName(suite);
            suites.insert(version, names);
        }
        if (list.serverOrder)
            serverOrder << version;
        if (!list.complete)
            incomplete << version;
    }
    return {{QStringLiteral("suites"), suites},
            {QStringLiteral("serverOrder"), serverOrder},
            {QStringLiteral("incomplete"), incomplete}};
}

} // namespace hd
