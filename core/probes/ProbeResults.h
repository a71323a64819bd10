#pragma once

#include "RevocationProbe.h"
#include "SniProbe.h"
#include "TlsSupportProbes.h"

namespace hd {

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
