#pragma once

#include "CancelToken.h"
#include "ConnectionSlots.h"
#include "DiagnosisOptions.h"
#include "OpenSslPtr.h"
#include "Target.h"
#include "tls/HandshakeRecorder.h"
#include "tls/TlsSession.h"

#include <QHostAddress>

#include <functional>

namespace hd {

// What every probe gets: where the server is, the budget, and a share of the connection
// limit. Probes run concurrently; each writes only its own part of ProbeResults.
struct ProbeContext
{
    Target target;
    DiagnosisOptions options;
    QHostAddress address;
    QDeadlineTimer deadline;
    CancelToken cancel;
    ConnectionSlots *connectionSlots = nullptr;
    const Clock *clock = nullptr;
    X509List builtChain;          // leaf first, as verified; only for probes that need it
};

// One extra handshake with a chosen configuration, outside the main timeline.
struct ProbeHandshake
{
    NetResult connectError;       // set when TCP did not even connect
    HandshakeOutcome outcome;
    QList<AlertEvent> alerts;
    bool certificateRequested = false;
    QByteArray httpResponseHead;  // when asked for, the response's status line and headers

    bool connected() const { return connectError.ok(); }
};

ProbeHandshake probeHandshake(const ProbeContext &context, const TlsClientConfig &config,
                              const QByteArray &httpRequest = {});

// Sends raw bytes (a hand-built ClientHello) and returns what came back, up to maxBytes,
// for protocols and suites this OpenSSL cannot speak itself. Reading stops once
// isComplete(received) holds; without one, after the first complete record.
struct RawExchange
{
    NetResult connectError;
    NetResult readError;          // Closed, Reset, Timeout... after the bytes that came
    QByteArray received;
};

RawExchange probeRawExchange(const ProbeContext &context, const QByteArray &bytes, int maxBytes = 16384,
                             const std::function<bool(const QByteArray &)> &isComplete = {});

} // namespace hd
