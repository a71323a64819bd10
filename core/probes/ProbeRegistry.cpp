#include "ProbeRegistry.h"

#include "ProbeContext.h"
#include "RevocationProbe.h"
#include "SniProbe.h"
#include "TlsSupportProbes.h"

namespace hd {

const QList<ProbeRegistry::Probe> &ProbeRegistry::probes()
{
    static const QList<Probe> all{
        {"sni", runSniProbe},
        {"revocation", runRevocationProbe},
        {"protocol-versions", runProtocolVersionsProbe},
        {"cipher-suites", runCipherSuitesProbe},
        {"key-exchange", runKeyExchangeProbe},
    };
    return all;
}

} // namespace hd
