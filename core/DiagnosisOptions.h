#pragma once

#include <QHostAddress>
#include <QString>

namespace hd {

// Like curl's --resolve: connect to this address when the target is HOST:PORT.
struct AddressOverride
{
    QString host;
    quint16 port = 0;
    QHostAddress address;
    bool isSet() const { return !host.isEmpty(); }
    static bool parse(const QString &text, AddressOverride *out); // "HOST:PORT:ADDRESS"
};

// The time limit a user may set, in the window and on the command line alike: below a
// millisecond no server could answer, and the report would blame it for our setting.
constexpr int kMinTimeoutMs = 1;
constexpr int kMaxTimeoutMs = 600 * 1000;
// Milliseconds for a limit given in seconds, or -1 when it is not finite or out of range.
int timeoutMsFromSeconds(double seconds);

// How the server is reached: through the system's proxy (as the browser), directly, or
// through the proxy given in proxyUrl.
enum class ProxyMode { System, None, Given };

struct DiagnosisOptions
{
    int timeoutMs = 10000;        // upper bound for the whole diagnosis
    QString extraCaFile;          // PEM file whose certificates are trusted in addition to the system store
    QString trustStoreFile;       // replaces the system trust store (tests, air-gapped machines)
    AddressOverride addressOverride;
    bool fetchMissingIssuers = true; // AIA caIssuers download to prove an incomplete chain
    bool runProbes = true;        // extra connections: versions, suites, SNI, revocation...
    int maxConnections = 6;       // connections open at once at most, as browsers open per host
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl;             // with ProxyMode::Given: "http://[user:password@]host[:port]"
};

} // namespace hd
