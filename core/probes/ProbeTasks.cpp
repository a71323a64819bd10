#include "ProbeTasks.h"

#include "ProbeContext.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

#include <thread>

namespace hd {

namespace {

// Alerts about something other than the version, suite or group on trial: the name, the
// application protocol, a client certificate. They say nothing about what was probed.
bool isOffTopic(int alert)
{
    switch (alert) {
    case tls::UnrecognizedName: case tls::NoApplicationProtocol: case tls::CertificateRequired:
    case tls::AccessDenied: case tls::BadCertificate: case tls::UnknownCa: case tls::CertificateUnknown:
        return true;
    default:
        return false;
    }
}

} // namespace

void runConcurrently(const std::vector<std::function<void()>> &tasks)
{
    std::vector<std::thread> threads;
    threads.reserve(tasks.size());
    for (const std::function<void()> &task : tasks)
        threads.emplace_back(task);
    for (std::thread &thread : threads)
        thread.join();
}

QString probeServerName(const ProbeContext &context)
{
    return context.target.isIpLiteral ? QString() : context.target.host;
}

Support supportOf(const ProbeHandshake &attempt, QString *how)
{
    using R = HandshakeOutcome::Result;
    if (!attempt.notTried.isEmpty()) {
        *how = attempt.notTried;
        return Support::Unknown;
    }
    if (!attempt.connected()) {
        *how = netErrorKey(attempt.connectError.error);
        return Support::Unknown;
    }
    // A server that asks for a client certificate has agreed to everything offered before it.
    if (attempt.certificateRequested)
        return Support::Accepted;
    switch (attempt.outcome.result) {
    case R::Established:
        return Support::Accepted;
    case R::PeerAlert: {
        const std::optional<AlertEvent> alert = firstFatalAlertFromPeer(attempt.alerts);
        *how = alert ? tls::alertName(alert->code) : QStringLiteral("alert");
        return alert && isOffTopic(alert->code) ? Support::Unknown : Support::Rejected;
    }
    case R::PeerClosed:
        *how = QStringLiteral("closed");
        return Support::Rejected;
    case R::PeerReset:
        *how = QStringLiteral("reset");
        return Support::Rejected;
    case R::LocalFailure: // e.g. the server answered with an older version than we allowed
        *how = attempt.outcome.errorText;
        return Support::Rejected;
    case R::NotTls: case R::Timeout: case R::Cancelled: case R::NetworkError:
        *how = handshakeResultKey(attempt.outcome.result);
        return Support::Unknown;
    }
    return Support::Unknown;
}

Support supportOf(const HelloAnswer &answer, int version, QString *how)
{
    using K = HelloAnswer::Kind;
    switch (answer.kind) {
    case K::ServerHello:
        if (answer.version == version)
            return Support::Accepted;
        *how = QStringLiteral("other-version");
        return Support::Rejected;
    case K::Alert:
        *how = tls::alertName(answer.alert);
        return isOffTopic(answer.alert) ? Support::Unknown : Support::Rejected;
    case K::Closed:
        *how = QStringLiteral("closed");
        return Support::Rejected;
    case K::Reset:
        *how = QStringLiteral("reset");
        return Support::Rejected;
    case K::NoAnswer:
        *how = QStringLiteral("no-answer");
        return Support::Unknown;
    case K::Malformed:
        *how = QStringLiteral("malformed");
        return Support::Unknown;
    }
    return Support::Unknown;
}

QList<quint16> helloCandidates(int version)
{
    return version >= 0x0304 ? tls::tls13Suites() : tls::enumerationCandidates(version);
}

HelloAnswer sendHello(const ProbeContext &context, int version, const QList<quint16> &suites, const QList<int> &groups,
                      QString *why)
{
    const QString serverName = version >= 0x0301 ? probeServerName(context) : QString(); // SSL 3.0 predates SNI
    const RawExchange exchange = probeRawExchange(context, buildClientHello({version, suites, serverName, groups}));
    if (!exchange.connected())
        *why = exchange.notTried.isEmpty() ? netErrorKey(exchange.connectError.error) : exchange.notTried;
    return readHelloAnswer(exchange.received, exchange.readError.error);
}

Support groupSupportByHello(const ProbeContext &context, int group, QString *how)
{
    const HelloAnswer answer = sendHello(context, 0x0304, tls::tls13Suites(), {group}, how);
    if (!how->isEmpty())
        return Support::Unknown;
    const Support support = supportOf(answer, 0x0304, how);
    if (support == Support::Accepted && answer.group != group) {
        *how = QStringLiteral("other-group");
        return Support::Unknown;
    }
    return support;
}

} // namespace hd
