#pragma once

#include "cert/Revocation.h"

#include <QVariantMap>

namespace hd {

struct ProbeContext;
struct ProbeResults;

// What the leaf certificate's own revocation sources say. The stapled response is not
// here: it came with the main handshake (Observations::ocspStaple).
struct RevocationProbeResult
{
    bool ran = false;         // the leaf's issuer was known, so its sources could be asked
    RevocationAnswer ocsp;    // the responder in the leaf's AIA
    RevocationAnswer crl;     // the leaf's CRL distribution point
};

QVariantMap runRevocationProbe(const ProbeContext &context, ProbeResults &results);

} // namespace hd
