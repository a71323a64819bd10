#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hd {

struct ProbeContext;
struct ProbeResults;

// What the protocol-versions, cipher-suites and key-exchange probes learnt, as plain data.
// A probe that could not tell (no answer, garbage, out of time) says Unknown, never
// Rejected: the checks only conclude from definite answers.
enum class Support { Unknown, Accepted, Rejected };

struct VersionSupport
{
    int version = 0;                  // 0x0300 (SSL 3.0) .. 0x0304 (TLS 1.3)
    Support support = Support::Unknown;
    QString how;                      // when rejected: alert name, "closed", "reset", or our side's error
    quint16 cipherSuite = 0;          // when accepted: what the server chose from everything offered
};

struct ProtocolVersionsResult
{
    bool ran = false;
    QList<VersionSupport> versions;   // SSL 3.0 first
};

struct SuiteList
{
    int version = 0;
    Support support = Support::Unknown;  // of the version, as the hand-made hellos saw it
    QList<quint16> suites;               // accepted; in the server's order when serverOrder
    bool serverOrder = false;            // the server picks by its own preference, not the client's
    bool complete = false;               // every candidate was tried (or the server refused the rest)
    QString unknownBecause;              // when not complete: why ("out-of-time", "timeout", ...)
};

struct CipherSuitesResult
{
    bool ran = false;
    QList<SuiteList> versions;        // SSL 3.0 .. TLS 1.3
};

struct KeyExchangeResult
{
    bool ran = false;
    QStringList groups;               // elliptic-curve groups accepted, by TLS name ("x25519", "secp256r1"...)
    QStringList rejectedGroups;
    QStringList unknownGroups;        // no conclusion: see unknownBecause
    QString unknownBecause;           // "out-of-time", "timeout", ... for the last of unknownGroups
    Support dhe = Support::Unknown;   // finite-field DHE suites at all
    int dhBits = 0;                   // size of the server's DH group, when dhe is Accepted
};

// Each writes only its own member of ProbeResults; see the .cpp files for how.
QVariantMap runProtocolVersionsProbe(const ProbeContext &context, ProbeResults &results); // "protocol-versions"
QVariantMap runCipherSuitesProbe(const ProbeContext &context, ProbeResults &results);     // "cipher-suites"
QVariantMap runKeyExchangeProbe(const ProbeContext &context, ProbeResults &results);      // "key-exchange"

} // namespace hd
