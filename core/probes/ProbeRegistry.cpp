#include "ProbeRegistry.h"

#include "ProbeContext.h"
#include "RevocationProbe.h"
#include "SniProbe.h"
#include "TlsSupportProbes.h"

namespace hd {

const QList<ProbeRegistry::Probe> &ProbeRegistry::probes()
{
    static const QList<Probe> all{
        {"sni", false, runSniProbe},
        {"revocation", true, runRevocationProbe},
        {"protocol-versions", false, runProtocolVersionsProbe},
        {"cipher-suites", false, runCipherSuitesProbe},
        {"key-exchange", false, runKeyExchangeProbe},
    };
    return all;
}

} // namespace hd
