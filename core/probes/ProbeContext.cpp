#include "ProbeContext.h"

#include "http/HttpExchange.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

// A single probe must not eat the whole diagnosis budget on a slow server.
constexpr qint64 kProbeConnectionBudgetMs = 5000;

QDeadlineTimer connectionDeadline(const ProbeContext &context)
{
    return QDeadlineTimer(qMin(kProbeConnectionBudgetMs, qMax<qint64>(0, context.deadline.remainingTime())));
}

} // namespace

ProbeHandshake probeHandshake(const ProbeContext &context, const TlsClientConfig &config, const QByteArray &httpRequest)
{
    ProbeHandshake result;
    const ConnectionSlots::Lease lease = context.connectionSlots->acquire(context.deadline, context.cancel);
    if (!lease) {
        result.connectError = {context.cancel.isCancelled() ? NetError::Cancelled : NetError::Timeout, {}};
        result.outcome.result = context.cancel.isCancelled() ? HandshakeOutcome::Result::Cancelled
                                                             : HandshakeOutcome::Result::Timeout;
        return result;
    }
    const QDeadlineTimer deadline = connectionDeadline(context);
    Socket socket;
    result.connectError = socket.connect(context.address, context.target.port, deadline, context.cancel);
    if (!result.connectError.ok()) {
        result.outcome.result = HandshakeOutcome::Result::NetworkError;
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
    result.alerts = recorder.alerts();
    result.certificateRequested = recorder.sawMessage(tls::CertificateRequest, TimelineStep::Direction::Received);
    return result;
}

RawExchange probeRawExchange(const ProbeContext &context, const QByteArray &bytes, int maxBytes,
                             const std::function<bool(const QByteArray &)> &isComplete)
{
    RawExchange result;
    const ConnectionSlots::Lease lease = context.connectionSlots->acquire(context.deadline, context.cancel);
    if (!lease) {
        result.connectError = {context.cancel.isCancelled() ? NetError::Cancelled : NetError::Timeout, {}};
        return result;
    }
    const QDeadlineTimer deadline = connectionDeadline(context);
    Socket socket;
    result.connectError = socket.connect(context.address, context.target.port, deadline, context.cancel);
    if (!result.connectError.ok())
        return result;
    if (NetResult sent = socket.write(bytes, deadline, context.cancel); !sent.ok()) {
        result.readError = sent;
        return result;
    }
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

} // namespace hd
