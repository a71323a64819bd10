#pragma once

#include "cert/Revocation.h"

#include <QList>
#include <QVariantMap>

namespace hd {

struct ProbeContext;
struct ProbeResults;

// What one certificate's own revocation sources say about it.
struct CertificateRevocation
{
    int depth = 0;            // its index in the built chain: 0 is the leaf
    RevocationAnswer ocsp;    // the responder in its AIA
    RevocationAnswer crl;     // its CRL distribution point
};

// What the revocation sources of the built chain say, for every certificate whose issuer is
// known (an intermediate revoked by its root breaks every site under it). The stapled
// response is not here: it came with the main handshake (Observations::ocspStaple).
struct RevocationProbeResult
{
    bool ran = false;         // the leaf's issuer was known, so sources could be asked
    QList<CertificateRevocation> certificates; // leaf first, one per certificate with an issuer

    const CertificateRevocation *leaf() const { return certificates.isEmpty() ? nullptr : &certificates.first(); }
};

QVariantMap runRevocationProbe(const ProbeContext &context, ProbeResults &results);

} // namespace hd
