#pragma once

#include "cert/CertificateInfo.h"
#include "tls/TlsSession.h"

#include <QVariantMap>

namespace hd {

struct ProbeContext;
struct ProbeResults;

// One extra handshake with a different server name.
struct SniAttempt
{
    bool attempted = false;   // a TCP connection was made for it
    HandshakeOutcome::Result result = HandshakeOutcome::Result::NetworkError;
    QString alert;            // the server's fatal alert, if it sent one
    CertificateInfo leaf;     // the certificate it answered with, when it did
};

// How the server behaves for clients that send no SNI or a name it does not host.
struct SniProbeResult
{
    bool ran = false;             // false for IP-address targets, which have no SNI anyway
    SniAttempt withoutName;       // no server_name extension at all (old clients, some bots)
    SniAttempt unrelatedName;     // a name no server hosts (kSniProbeUnrelatedName)
};

inline constexpr char kSniProbeUnrelatedName[] = "handshake-doctor.invalid"; // RFC 6761: never a real site

QVariantMap runSniProbe(const ProbeContext &context, ProbeResults &results);

} // namespace hd
