#pragma once

#include "Clock.h"
#include "TimelineStep.h"

#include <QList>

#include <functional>
#include <optional>

typedef struct ssl_st SSL;

namespace hd {

struct AlertEvent
{
    bool sentByUs = false;
    bool fatal = false;
    int code = 0;
    QString afterMessage; // the last handshake message before the alert
};

std::optional<AlertEvent> firstFatalAlertFromPeer(const QList<AlertEvent> &alerts);

// Receives OpenSSL's message callback for one connection and turns every handshake
// message and alert into a timeline step, in both directions, with timing.
class HandshakeRecorder
{
public:
    using StepSink = std::function<void(const TimelineStep &)>;

    HandshakeRecorder(const Clock &clock, StepSink sink = {});
    void attach(SSL *ssl);
    void noteFlightSent();    // the client just wrote bytes: the next received message waited since now

    const QList<TimelineStep> &steps() const { return m_steps; }
    const QList<AlertEvent> &alerts() const { return m_alerts; }
    std::optional<AlertEvent> firstFatalAlertReceived() const { return firstFatalAlertFromPeer(m_alerts); }
    bool sawMessage(int handshakeType, TimelineStep::Direction direction) const;
    QString lastMessageName() const;
    bool tls13() const { return m_tls13; }

private:
    static void onMessage(int writeP, int version, int contentType, const void *buf, size_t len, SSL *ssl, void *arg);
    void record(bool sent, int contentType, const QByteArray &data);
    void add(TimelineStep step);

    const Clock &m_clock;
    StepSink m_sink;
    double m_waitingSinceMs = 0;
    bool m_tls13 = false;
    QList<TimelineStep> m_steps;
    QList<AlertEvent> m_alerts;
    QList<QPair<int, TimelineStep::Direction>> m_messages;
};

} // namespace hd
