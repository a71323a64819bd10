#pragma once

#include "DiagnosisOptions.h"
#include "Target.h"
#include "cert/CertificateInfo.h"
#include "cert/ChainVerifier.h"
#include "http/HttpExchange.h"
#include "http/Redirects.h"
#include "net/NameResolver.h"
#include "net/ProxyTunnel.h"
#include "probes/ConnectionScheduler.h"
#include "probes/ProbeResults.h"
#include "probes/ServerGroupsProbe.h"
#include "starttls/StartTls.h"
#include "tls/HandshakeRecorder.h"
#include "tls/TlsSession.h"

#include <QDateTime>
#include <QHostAddress>

#include <optional>

namespace hd {

struct IssuerFetch
{
    QString url;
    QString forCertificate;      // display name of the certificate whose issuer was missing
    bool succeeded = false;
    QString fetchedSubject;      // what came back, when something did
    bool fetchedIsSelfSigned = false;
    QString error;
};

// Beside a proxy whose chain ends at a root that is not public: the same site connected to
// directly, to see whether the proxy replaced the site's certificate (interception).
struct DirectComparison
{
    bool attempted = false;
    QString leafFingerprint;      // of the certificate the site sent directly; empty when none came
    QString issuer;               // that certificate's issuer, for the evidence
    QString error;                // why no certificate came
};

// The proxy script (PAC) the system names, when no proxy came out of it for this site.
struct PacObservation
{
    QString url;                  // empty: the system names no script
    bool evaluatedBySystem = false;
    bool fetched = false;         // its text could be read (http:// or file://)
    bool definesFunction = false; // the text defines FindProxyForURL
    QString error;                // why it could not be read
};

// The proxy the connections went through, and how far the way through it got.
struct ProxyObservation
{
    ProxyServer server;           // unset: a direct connection
    ResolveOutcome resolve;       // of the proxy's name
    bool connectAttempted = false;
    bool connected = false;
    NetResult connectError;
    QHostAddress address;
    bool tunnelRequested = false;
    ConnectAnswer answer;
    DirectComparison direct;
    PacObservation pac;

    bool used() const { return server.isSet(); }
    bool tunnelOpen() const { return tunnelRequested && answer.tunnelOpen(); }
};

// The main handshake broke right after its ClientHello (a reset, a close, or silence), so it
// was tried again the way a device in the path that breaks TLS 1.3 or large ClientHellos
// lets through: a small TLS 1.2-only ClientHello, then, when that worked, a small one that
// offers TLS 1.3 too, which tells the two apart.
struct InterferenceRetry
{
    bool tried = false;
    int firstHelloBytes = 0;        // the main ClientHello, which offered TLS 1.3
    bool tls12Works = false;        // the small TLS 1.2-only ClientHello got a whole handshake
    int tls12HelloBytes = 0;
    bool smallTls13Tried = false;
    bool smallTls13Works = false;   // the small ClientHello offering TLS 1.3 did too
    int smallTls13HelloBytes = 0;
};

// Everything the network half of a diagnosis saw, as plain data. Checks read only this,
// so each can be tested without a server by filling one in.
struct Observations
{
    Target target;
    DiagnosisOptions options;
    QDateTime now;

    // Name resolution
    ResolveOutcome resolve;
    QString resolveSource;        // "dns", "override", "literal", "proxy" (the proxy looks it up)
    ProxyObservation proxy;

    // TCP
    bool connectAttempted = false;
    bool connected = false;
    NetResult connectError;
    QHostAddress address;

    // The plain-text part before TLS (STARTTLS and its kin), for protocols that have one
    bool upgradeAttempted = false;
    UpgradeOutcome upgrade;

    // TLS
    bool handshakeAttempted = false;
    HandshakeOutcome::Result handshakeResult = HandshakeOutcome::Result::LocalFailure;
    QString handshakeError;
    QByteArray firstBytes;
    int tlsVersion = 0;
    QString cipher;
    QString alpn;
    QString keyExchange;
    int keyExchangeBits = 0;
    QList<AlertEvent> alerts;     // both directions, handshake and after
    bool certificateRequested = false;
    QString lastMessageBeforeFailure;
    InterferenceRetry interference;

    // Certificates
    QList<CertificateInfo> presented; // leaf first
    ChainVerification verification;
    QList<IssuerFetch> issuerFetches;
    QString extraCaFileError;     // the user's CA file could not be used
    QString trustStoreError;      // the file replacing the system's store could not be used
    bool anchorFromExtraCaFile = false; // the built chain's anchor came from the user's CA file

    QByteArray ocspStaple;        // the stapled OCSP response, DER, if any

    // Extra connections (empty when probes were off or could not run)
    bool probesRan = false;
    ProbeResults probes;
    ConnectionScheduler::Stats probeSchedule; // how the server coped with the extra connections
    ServerGroupsResult serverGroups;  // asked only when no group in common with browsers was likely

    // HTTP after the handshake
    bool httpAttempted = false;
    HttpResponse http;
    QList<RedirectHop> redirects; // followed from the answer above, in order

    bool handshakeEstablished() const { return handshakeResult == HandshakeOutcome::Result::Established; }
    std::optional<AlertEvent> firstFatalAlertFromServer() const { return firstFatalAlertFromPeer(alerts); }
};

} // namespace hd
