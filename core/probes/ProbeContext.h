#pragma once

#include "CancelToken.h"
#include "ConnectionScheduler.h"
#include "FetchHosts.h"
#include "FirstHellos.h"
#include "ProbeResults.h"
#include "DiagnosisOptions.h"
#include "OpenSslPtr.h"
#include "Target.h"
#include "net/ProxyTunnel.h"
#include "tls/HandshakeRecorder.h"
#include "tls/TlsSession.h"

#include <QHostAddress>

#include <functional>
#include <memory>

namespace hd {

// What every probe gets: where the server is, the budget, and its turn at the server's
// connections. Probes run concurrently; each writes only its own part of ProbeResults.
struct ProbeContext
{
    Target target;
    DiagnosisOptions options;
    QHostAddress address;
    ProxyRoute proxy;             // set: every connection goes through this proxy's tunnel
    QDeadlineTimer deadline;
    CancelToken cancel;
    ConnectionScheduler *scheduler = nullptr; // the server's connections
    FetchHosts *fetchHosts = nullptr;         // OCSP, CRL and AIA downloads
    FirstHellos *firstHellos = nullptr;       // protocol-versions answers, for cipher-suites
    ConnectionScheduler::Priority priority = ConnectionScheduler::Priority::CipherSuites;
    TlsClientConfig knownGood;    // the main handshake's configuration
    bool knownGoodAnswered = false; // the server answered it (a handshake or an alert)
    const Clock *clock = nullptr;
    // Leaf first, as verified; filled only for probes that need it. Shared, since the
    // certificates are only read.
    std::shared_ptr<const X509List> builtChain = std::make_shared<const X509List>();

    // The same server and budget at another priority.
    ProbeContext withPriority(ConnectionScheduler::Priority other) const
    {
        ProbeContext copy = *this;
        copy.priority = other;
        return copy;
    }
};

// One extra handshake with a chosen configuration, outside the main timeline.
struct ProbeHandshake
{
    NetResult connectError;       // set when TCP did not even connect
    HandshakeOutcome outcome;
    QList<AlertEvent> alerts;
    bool certificateRequested = false;
    QByteArray httpResponseHead;  // when asked for, the response's status line and headers
    QString notTried;             // kOutOfTime, kServerLimited or "cancelled": no conclusion possible

    bool connected() const { return notTried.isEmpty() && connectError.ok(); }
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
    QString notTried;             // as in ProbeHandshake

    bool connected() const { return notTried.isEmpty() && connectError.ok(); }
};

RawExchange probeRawExchange(const ProbeContext &context, const QByteArray &bytes, int maxBytes = 16384,
                             const std::function<bool(const QByteArray &)> &isComplete = {});

} // namespace hd
