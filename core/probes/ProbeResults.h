#pragma once

#include "RevocationProbe.h"
#include "SniProbe.h"
#include "TlsSupportProbes.h"

namespace hd {

// Why a probe's connection told nothing, when it did not: keys for facts and check reasons.
inline constexpr char kOutOfTime[] = "out-of-time";        // not tried: the time budget ran out
inline constexpr char kServerLimited[] = "server-limited"; // the server kept refusing new connections

// What the probes found, one member per probe (see ProbeRegistry.cpp). Plain data, so
// checks can be tested with hand-made results.
struct ProbeResults
{
    SniProbeResult sni;                 // "sni"
    RevocationProbeResult revocation;   // "revocation"
    ProtocolVersionsResult protocolVersions; // "protocol-versions"
    CipherSuitesResult cipherSuites;    // "cipher-suites"
    KeyExchangeResult keyExchange;      // "key-exchange"
};

} // namespace hd
