#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace testsupport {

class Connection;
class ConnectionServer;

// What no TlsTestServer can be, because this OpenSSL was built without it: a server that
// still speaks SSL 3.0, or suites such as 3DES and RC4. It reads the ClientHello and
// negotiates as one server would whose versions are legacyVersions plus backendVersions:
// the highest version not above the client's; at a legacy version, the first of
// legacySuites the client offers (server preference). Its own answer is a bare ServerHello,
// which is all a hello probe reads: the handshake goes no further. Hellos it does not
// answer itself go, bytes both ways, to a real TlsTestServer on backendPort (TLS 1.3
// hellos too, when backendVersions has it), or are refused with an alert. On 127.0.0.1.
class LegacyTlsServer
{
public:
    // How it answers the hellos it answers itself (never the relayed ones).
    enum class Answer {
        Negotiate,       // a ServerHello, or the alert a real server would send
        Garbage,         // random bytes that are not TLS
        TruncatedRecord, // a handshake record header promising more than follows, then FIN
        Reset,           // RST without a word
        Silence,         // reads and never answers
        UnofferedSuite,  // a ServerHello choosing a suite the client never offered
    };

    struct Config {
        QList<int> legacyVersions;      // e.g. {0x0300}
        QList<quint16> legacySuites;    // in the server's order of preference
        quint16 backendPort = 0;        // 0: no backend
        QList<int> backendVersions;     // what the backend speaks, e.g. {0x0303, 0x0304}
        // > 0: its ServerHellos come with the rest of a DHE flight (an empty Certificate, a
        // ServerKeyExchange with a prime of this many bits, ServerHelloDone), as the
        // export-grade and Logjam-era servers OpenSSL no longer lets one build sent them.
        int dhBits = 0;
        Answer answer = Answer::Negotiate;
    };

    explicit LegacyTlsServer(Config config);
    ~LegacyTlsServer();
    LegacyTlsServer(const LegacyTlsServer &) = delete;
    LegacyTlsServer &operator=(const LegacyTlsServer &) = delete;

    bool start();  // false with errorString() on failure
    quint16 port() const;
    QString errorString() const;

private:
    void serve(Connection &connection) const;
    void relay(Connection &client, const QByteArray &hello) const;
    void answer(Connection &client, const QByteArray &reply, int version) const;

    const Config m_config;
    QString m_errorString;
    std::atomic<bool> m_stopping{false};  // ends relayed connections to the backend
    std::unique_ptr<ConnectionServer> m_server;
};

} // namespace testsupport
