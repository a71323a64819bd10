#include "ProbeRegistry.h"

#include "ProbeContext.h"
#include "RevocationProbe.h"
#include "SniProbe.h"
#include "TlsSupportProbes.h"

namespace hd {

const QList<ProbeRegistry::Probe> &ProbeRegistry::probes()
{
    static const QList<Probe> all{
        {"protocol-versions", false, ConnectionScheduler::Priority::ProtocolVersions, runProtocolVersionsProbe},
        {"key-exchange", false, ConnectionScheduler::Priority::KeyExchange, runKeyExchangeProbe},
        {"sni", false, ConnectionScheduler::Priority::ServerName, runSniProbe},
        {"cipher-suites", false, ConnectionScheduler::Priority::CipherSuites, runCipherSuitesProbe},
        // Its connections go to the certificate's OCSP and CRL hosts, not to the server.
        {"revocation", true, ConnectionScheduler::Priority::Retry, runRevocationProbe},
    };
    return all;
}

} // namespace hd
