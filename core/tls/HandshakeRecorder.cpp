#include "HandshakeRecorder.h"

#include "HelloParser.h"
#include "TlsNames.h"

#include <openssl/ssl.h>

namespace hd {

HandshakeRecorder::HandshakeRecorder(const Clock &clock, StepSink sink)
    : m_clock(clock), m_sink(std::move(sink)), m_waitingSinceMs(clock.nowMs())
{
}

void HandshakeRecorder::attach(SSL *ssl)
{
    SSL_set_msg_callback(ssl, &HandshakeRecorder::onMessage);
    SSL_set_msg_callback_arg(ssl, this);
}

void HandshakeRecorder::noteFlightSent()
{
    m_waitingSinceMs = m_clock.nowMs();
}

void HandshakeRecorder::onMessage(int writeP, int, int contentType, const void *buf, size_t len, SSL *, void *arg)
{
    if (contentType != SSL3_RT_HANDSHAKE && contentType != SSL3_RT_ALERT && contentType != SSL3_RT_CHANGE_CIPHER_SPEC)
        return; // record headers and inner content types are framing, not protocol steps
    auto *self = static_cast<HandshakeRecorder *>(arg);
    self->record(writeP != 0, contentType, QByteArray(static_cast<const char *>(buf), qsizetype(len)));
}

void HandshakeRecorder::record(bool sent, int contentType, const QByteArray &data)
{
    TimelineStep step;
    step.direction = sent ? TimelineStep::Direction::Sent : TimelineStep::Direction::Received;
    const double now = m_clock.nowMs();
    step.startMs = sent ? now : m_waitingSinceMs;
    step.durationMs = sent ? 0 : now - m_waitingSinceMs;
    if (!sent)
        m_waitingSinceMs = now; // a second message of the same flight did not wait

    if (contentType == SSL3_RT_CHANGE_CIPHER_SPEC) {
        step.kind = TimelineStep::Kind::TlsMessage;
        step.name = QStringLiteral("ChangeCipherSpec");
        add(step);
        return;
    }
    if (contentType == SSL3_RT_ALERT) {
        if (data.size() < 2)
            return;
        AlertEvent alert{sent, quint8(data[0]) == SSL3_AL_FATAL, quint8(data[1]), lastMessageName()};
        m_alerts << alert;
        step.kind = TimelineStep::Kind::TlsAlert;
        step.name = tls::alertName(alert.code);
        step.status = alert.fatal ? TimelineStep::Status::Failed
                      : alert.code == tls::CloseNotify ? TimelineStep::Status::Info
                                                        : TimelineStep::Status::Warning;
        step.facts = {{QStringLiteral("level"), alert.fatal ? QStringLiteral("fatal") : QStringLiteral("warning")},
                      {QStringLiteral("code"), alert.code},
                      {QStringLiteral("alert"), step.name}};
        add(step);
        return;
    }
    if (data.isEmpty())
        return;
    const int type = quint8(data[0]);
    step.kind = TimelineStep::Kind::TlsMessage;
    step.name = tls::handshakeMessageName(type);
    step.facts.insert(QStringLiteral("type"), type);
    if (type == tls::ClientHello) {
        tls::ClientHelloInfo hello;
        if (tls::parseClientHello(data, &hello))
            step.facts.insert(tls::describe(hello));
    } else if (type == tls::ServerHello) {
        tls::ServerHelloInfo hello;
        if (tls::parseServerHello(data, &hello)) {
            m_tls13 = hello.version == 0x0304;
            if (hello.helloRetryRequest)
                step.name = QStringLiteral("HelloRetryRequest");
            step.facts.insert(tls::describe(hello));
        }
    } else if (type == tls::Certificate) {
        step.facts.insert(QStringLiteral("count"), tls::countCertificates(data, m_tls13));
    }
    m_messages << qMakePair(type, step.direction);
    add(step);
}

void HandshakeRecorder::add(TimelineStep step)
{
    m_steps << step;
    if (m_sink)
        m_sink(step);
}

std::optional<AlertEvent> firstFatalAlertFromPeer(const QList<AlertEvent> &alerts)
{
    for (const AlertEvent &alert : alerts) {
        if (!alert.sentByUs && alert.fatal)
            return alert;
    }
    return std::nullopt;
}

bool HandshakeRecorder::sawMessage(int handshakeType, TimelineStep::Direction direction) const
{
    return m_messages.contains(qMakePair(handshakeType, direction));
}

QString HandshakeRecorder::lastMessageName() const
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (it->kind == TimelineStep::Kind::TlsMessage)
            return it->name;
    }
    return {};
}

} // namespace hd
