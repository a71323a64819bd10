#include "ProbeContext.h"

#include "http/HttpExchange.h"
#include "starttls/StartTls.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

// A probe whose connection got no answer is tried again, but not forever.
constexpr int kMaxAttempts = 4;
// Times a probe's silence alone is checked against a handshake the server answers.
constexpr int kMaxServerChecks = 2;

using R = HandshakeOutcome::Result;

// Did the server say anything at all? Only an answer (a hello, an alert, garbage) can be
// judged; silence, a reset or a close before the first byte may be the server busy with
// other connections or limiting new ones, so it is never taken as a refusal on its own.
bool answered(const ProbeHandshake &attempt)
{
    if (!attempt.connected())
        return false;
    switch (attempt.outcome.result) {
    case R::Established: case R::PeerAlert: case R::LocalFailure: case R::NotTls:
        return true;
    case R::PeerClosed: case R::PeerReset: case R::Timeout:
        return !attempt.outcome.firstBytes.isEmpty();
    case R::Cancelled: case R::NetworkError:
        return false;
    }
    return false;
}

bool answered(const RawExchange &exchange)
{
    return exchange.connected() && !exchange.received.isEmpty();
}

// What an attempt that tells nothing looks like to the probes: not a refusal of any kind.
void setNotTried(ProbeHandshake *attempt, const QString &why)
{
    attempt->notTried = why;
    attempt->outcome = {};
    attempt->outcome.result = why == QLatin1String("cancelled") ? R::Cancelled : R::Timeout;
    attempt->alerts.clear();
}

void setNotTried(RawExchange *exchange, const QString &why)
{
    exchange->notTried = why;
    exchange->received.clear();
    exchange->readError = {why == QLatin1String("cancelled") ? NetError::Cancelled : NetError::Timeout, why};
}

template <typename Attempt> Attempt notTried(const ProbeContext &context)
{
    Attempt attempt;
    setNotTried(&attempt, context.cancel.isCancelled() ? QStringLiteral("cancelled") : QLatin1String(kOutOfTime));
    return attempt;
}

// The same way as the main connection: directly, or through the proxy's tunnel; then the
// protocol's plain-text part (STARTTLS and its kin), so that TLS starts where it did there.
NetResult connectToServer(const ProbeContext &context, Socket &socket, QDeadlineTimer deadline)
{
    const NetResult opened = ProxyTunnel::open(socket, context.proxy, context.address, context.target.host,
                                               context.target.port, deadline, context.cancel);
    if (!opened.ok())
        return opened;
    const UpgradeOutcome upgrade = PlainUpgrade::perform(context.target.upgrade, socket, context.target.host, deadline,
                                                         context.cancel);
    if (upgrade.upgraded())
        return {};
    return upgrade.error.ok() ? NetResult{NetError::Refused, upgrade.answer} : upgrade.error;
}

ProbeHandshake handshakeOnce(const ProbeContext &context, const TlsClientConfig &config, const QByteArray &httpRequest,
                             QDeadlineTimer deadline)
{
    ProbeHandshake result;
    Socket socket;
    result.connectError = connectToServer(context, socket, deadline);
    if (!result.connectError.ok()) {
        result.outcome.result = R::NetworkError;
        return result;
    }
    HandshakeRecorder recorder(*context.clock);
    TlsSession session(socket, recorder);
    result.outcome = session.handshake(config, deadline, context.cancel);
    if (result.outcome.established() && !httpRequest.isEmpty()) {
        const HttpResponse response = HttpExchange::run(session, httpRequest, deadline, context.cancel, 0);
        if (response.received) {
            result.httpResponseHead = response.statusLine;
            for (const auto &[name, value] : response.headers)
                result.httpResponseHead += "\r\n" + name + ": " + value;
        }
    }
    if (result.outcome.established())
        session.shutdown(deadline); // a server that serves one connection at a time waits for this
    result.alerts = recorder.alerts();
    result.certificateRequested = recorder.sawMessage(tls::CertificateRequest, TimelineStep::Direction::Received);
    return result;
}

// closeEarly: our FIN follows the hello at once, so that the server, once it has answered,
// finds the connection over instead of waiting a round trip for us to end it.
RawExchange exchangeOnce(const ProbeContext &context, const QByteArray &bytes, int maxBytes,
                         const std::function<bool(const QByteArray &)> &isComplete, QDeadlineTimer deadline,
                         bool closeEarly)
{
    RawExchange result;
    Socket socket;
    result.connectError = connectToServer(context, socket, deadline);
    if (!result.connectError.ok())
        return result;
    if (NetResult sent = socket.write(bytes, deadline, context.cancel); !sent.ok()) {
        result.readError = sent;
        return result;
    }
    if (closeEarly)
        socket.shutdownWrite();
    while (result.received.size() < maxBytes) {
        const NetResult read = socket.read(&result.received, deadline, context.cancel);
        if (!read.ok()) {
            result.readError = read;
            break;
        }
        if (isComplete) {
            if (isComplete(result.received))
                break;
            continue;
        }
        // A complete first record is all a hello probe needs: a ServerHello or an alert.
        if (result.received.size() >= 5) {
            const int length = (quint8(result.received[3]) << 8) | quint8(result.received[4]);
            if (result.received.size() >= 5 + length)
                break;
        }
    }
    return result;
}

enum class ServerState { Answering, Silent };

// After a connection alone got no answer: does the server still answer the handshake that
// worked before? If not, it is limiting new connections: back off until it answers again.
ServerState checkServerAnswers(const ProbeContext &context)
{
    ConnectionScheduler &scheduler = *context.scheduler;
    // A server that limits connections may still count the one that just went unanswered.
    if (!scheduler.pause(scheduler.settleMs()))
        return ServerState::Silent;
    for (;;) {
        ConnectionScheduler::Lease lease = scheduler.acquire(ConnectionScheduler::Priority::Retry, true);
        if (!lease)
            return ServerState::Silent;
        if (answered(handshakeOnce(context, context.knownGood, {}, lease.deadline()))) {
            lease.markAnswered();
            scheduler.noteServerAnswered();
            return ServerState::Answering;
        }
        lease = {};
        if (!scheduler.pause(scheduler.noteLimitedServer()))
            return ServerState::Silent;
    }
}

// Runs one connection's work under the scheduler's rules: wait for a turn; when the
// server said nothing while other connections were open, try again alone; when it said
// nothing alone, make sure it still answers a handshake that worked and try again right
// after, twice: only silence then is this probe's own answer.
template <typename Attempt>
Attempt scheduled(const ProbeContext &context, const std::function<Attempt(QDeadlineTimer, bool retry)> &once)
{
    ConnectionScheduler &scheduler = *context.scheduler;
    Attempt attempt;
    bool alone = false;
    int serverChecks = 0;
    for (int tries = 0; tries < kMaxAttempts; ++tries) {
        ConnectionScheduler::Lease lease =
            scheduler.acquire(tries == 0 ? context.priority : ConnectionScheduler::Priority::Retry, alone);
        if (!lease && tries == 0)
            return notTried<Attempt>(context);
        if (!lease)
            return attempt;
        attempt = once(lease.deadline(), tries > 0);
        const bool hadCompany = lease.hadCompany();
        if (answered(attempt))
            lease.markAnswered();
        lease = {};
        if (answered(attempt)) {
            if (tries > 0)
                scheduler.noteBusyServer(); // it answers, but not with others open or so soon
            return attempt;
        }
        if (context.cancel.isCancelled() || serverChecks == kMaxServerChecks)
            return attempt;
        if (!hadCompany) {
            // Without a handshake the server answered, silence alone is all there is to know.
            if (!context.knownGoodAnswered)
                return attempt;
            if (checkServerAnswers(context) == ServerState::Silent) {
                setNotTried(&attempt, QLatin1String(kServerLimited));
                return attempt;
            }
            ++serverChecks;
            // A server that limits connections may still count the one just closed; a busy
            // one takes longer to notice, so the second wait is longer.
            scheduler.pause(scheduler.settleMs() << (2 * (serverChecks - 1)));
        }
        alone = true;
    }
    return attempt;
}

} // namespace

ProbeHandshake probeHandshake(const ProbeContext &context, const TlsClientConfig &config, const QByteArray &httpRequest)
{
    return scheduled<ProbeHandshake>(context, [&](QDeadlineTimer deadline, bool) {
        return handshakeOnce(context, config, httpRequest, deadline);
    });
}

RawExchange probeRawExchange(const ProbeContext &context, const QByteArray &bytes, int maxBytes,
                             const std::function<bool(const QByteArray &)> &isComplete)
{
    ConnectionScheduler &scheduler = *context.scheduler;
    bool earlyCloseUnanswered = false;
    return scheduled<RawExchange>(context, [&](QDeadlineTimer deadline, bool retry) {
        // A proxy may end the whole tunnel on our FIN: through one, the connection stays open.
        // So does every retry: silence then must be the server's own.
        const bool closeEarly = !retry && !context.proxy.isSet() && scheduler.closeEarly();
        RawExchange result = exchangeOnce(context, bytes, maxBytes, isComplete, deadline, closeEarly);
        // Unanswered early, answered on a retry left open: busy then, or minding our FIN?
        // Either way no more early FINs, so that a server that minds them never waits out a
        // connection's whole budget again.
        if (closeEarly && !answered(result))
            earlyCloseUnanswered = true;
        else if (retry && earlyCloseUnanswered && answered(result))
            scheduler.noteEarlyCloseUnanswered();
        // Closed without a word: the server's refusal, or its answer to our early FIN? Asking
        // again on a connection left open tells, while this connection's time is still whole.
        // (A reset is what servers limiting connections send: the scheduler's retries handle it.)
        if (!closeEarly || answered(result) || !result.connected() || result.readError.error != NetError::Closed
            || context.cancel.isCancelled())
            return result;
        RawExchange open = exchangeOnce(context, bytes, maxBytes, isComplete, deadline, false);
        if (answered(open))
            scheduler.noteEarlyCloseUnanswered();
        return open;
    });
}

} // namespace hd
