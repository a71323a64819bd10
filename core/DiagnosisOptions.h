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
    int maxConnections = 4;       // connections open at once, to stay polite to real servers
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl;             // with ProxyMode::Given: "http://[user:password@]host[:port]"
};

} // namespace hd
