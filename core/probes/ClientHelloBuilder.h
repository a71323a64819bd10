#pragma once

#include "net/Socket.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hd {

// A ClientHello made by hand, for what the local OpenSSL cannot offer itself (SSL 3.0, the
// obsolete suites it was built without) and for questions one hello answers as well as a
// whole handshake, at a fraction of the cost. The server's answer to it (a ServerHello that
// names its choice, or an alert) is all a probe needs; the handshake goes no further.
struct ClientHelloSpec
{
    int version = 0x0303;          // 0x0300 (SSL 3.0) to 0x0304 (TLS 1.3, offered alone)
    QList<quint16> cipherSuites;   // in the order offered
    QString serverName;            // SNI; empty sends none (SSL 3.0 hellos never carry it)
    QList<int> groups;             // supported_groups by TLS id, the key share's first; empty: what current clients offer
};

// One TLS record holding the ClientHello. TLS hellos carry what servers expect of a
// current client (SNI, groups, point formats, signature algorithms for TLS 1.2, extended
// master secret) and are padded past 511 bytes, the size some old load balancers choke
// on; SSL 3.0 hellos carry no extensions, as SSL 3.0 servers predate them. A TLS 1.3 hello
// also carries supported_versions and a real key share for the first group (a server that
// prefers another group answers with a HelloRetryRequest, which names its suite all the same).
QByteArray buildClientHello(const ClientHelloSpec &spec);

// What came back, read defensively: the bytes are the server's and may be anything.
struct HelloAnswer
{
    enum class Kind {
        ServerHello,  // version and cipherSuite are set (a HelloRetryRequest too: it names both)
        Alert,        // alert is set
        Closed,       // closed without a word: a refusal too
        Reset,
        NoAnswer,     // timeout, cancelled, network error: nothing can be concluded
        Malformed,    // not TLS, truncated, or not a ServerHello
    };
    Kind kind = Kind::NoAnswer;
    int version = 0;
    quint16 cipherSuite = 0;
    int alert = -1;
    int dhBits = 0;   // a DHE suite's ServerKeyExchange came too: the size of its prime
    int group = -1;   // TLS 1.3: the group of the server's key share, or the one a HelloRetryRequest asks for
};

HelloAnswer readHelloAnswer(const QByteArray &received, NetError readError);

// For probeRawExchange: the server's first flight is in (up to ServerHelloDone), or it
// refused, or what came is no hello flight at all.
bool helloFlightComplete(const QByteArray &received);

} // namespace hd
